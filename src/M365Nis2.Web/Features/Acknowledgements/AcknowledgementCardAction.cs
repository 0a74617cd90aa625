using System.Text.Json;
using M365Nis2.Domain.Acknowledgements;
using M365Nis2.Teams;
using M365Nis2.Teams.Routing;

namespace M365Nis2.Web.Features.Acknowledgements;

/// <summary>
/// policy.acknowledge: the person's click on "I have read and accept it". Records the acknowledgement once (the same
/// service as the tab's POST) and replaces the card with the outcome; a second click says "already acknowledged".
/// </summary>
public sealed class AcknowledgementCardAction(AcknowledgementService service, AcknowledgementCards cards) : ICardAction
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct)
    {
        using var culture = BotCulture.Use(turn.Culture);
        var policyId = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("policyId", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
        var version = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) ? n : 0;
        var sha = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("documentSha256", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
        if (string.IsNullOrWhiteSpace(policyId) || version < 1 || turn.CallerObjectId is not { } caller)
        {
            return InvokeResponse.BadRequest("BadRequest", cards.Text("Error_BadData"));
        }
        var outcome = await service.AcknowledgeAsync(policyId, version, caller, sha, AcknowledgementChannel.Card, ct);
        // Answer in the language the card was sent in (the person's), whatever locale the client reports.
        using var language = outcome.Language is { } l ? BotCulture.Use(l == "da" ? BotCulture.Danish : BotCulture.English) : null;
        return outcome.Kind switch
        {
            AckOutcomeKind.Recorded or AckOutcomeKind.AlreadyAcknowledged => InvokeResponse.Card(cards.Answer(outcome, policyId)),
            AckOutcomeKind.WrongVersion => InvokeResponse.BadRequest("WrongVersion", cards.Text("Error_WrongVersion")),
            _ => InvokeResponse.BadRequest("NotARecipient", cards.Text("Error_NotFound")),
        };
    }
}
