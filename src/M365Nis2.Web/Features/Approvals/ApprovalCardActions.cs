using System.Text.Json;
using M365Nis2.Domain.Approvals;
using M365Nis2.Teams;
using M365Nis2.Teams.Routing;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>approval.vote: Approve / Reject on the card. The voter is the Entra object id on the activity, never the card data.</summary>
public sealed class VoteCardAction(ApprovalService approvals) : ICardAction
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct)
    {
        var roundId = Text(data, "roundId");
        var choice = Text(data, "choice");
        var hash = Text(data, "documentHash");
        if (roundId is null || hash is null || choice is not ("approve" or "reject"))
        {
            return InvokeResponse.BadRequest("BadRequest", "The card data needs roundId, documentHash and choice approve|reject.");
        }
        var request = new VoteRequest("", choice == "approve" ? VoteChoice.Approve : VoteChoice.Reject, Text(data, "comment"), hash);
        var reply = await approvals.VoteAsync(roundId, turn.CallerObjectId, request, ct);
        return reply.Card is { } card ? InvokeResponse.Card(card) : InvokeResponse.Message(reply.Refusal!);
    }

    internal static string? Text(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>approval.refresh: Teams asks for the card as the opening user should see it (their own vote, current tally).</summary>
public sealed class RefreshCardAction(ApprovalService approvals, ApprovalCards cards) : ICardAction
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct)
    {
        if (VoteCardAction.Text(data, "roundId") is not { } roundId)
        {
            return InvokeResponse.BadRequest("BadRequest", "The card data needs roundId.");
        }
        return await approvals.CardAsync(roundId, turn.CallerObjectId, ct) is { } card
            ? InvokeResponse.Card(card)
            : InvokeResponse.Message(cards.Text("Round_NotFound"));
    }
}
