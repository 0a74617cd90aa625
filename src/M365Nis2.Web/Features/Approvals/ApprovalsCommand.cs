using M365Nis2.Teams.Cards;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>
/// <c>approvals</c>: the caller's open rounds, one approval card each (the same card as the round's own, so Approve and
/// Reject work from here too), or a card saying nothing waits. Rounds the caller is not an approver in are not shown;
/// someone without a role in the tenant (a guest) gets a one-line refusal.
/// </summary>
public sealed class ApprovalsCommand(ApprovalRoundStore store, ApprovalService approvals, IUserDirectory directory, IStringLocalizer<ApprovalText> text)
    : IBotCommand
{
    /// <summary>A chat is no place for a long list; the tab's "my approvals" has the rest.</summary>
    public const int MaxCards = 10;

    public string Description => text["Command_Description"];

    public async Task HandleAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.CallerObjectId is not { } caller || (await directory.RolesOfAsync(caller, ct)).Count == 0)
        {
            await turn.SendAsync(text["Command_NotIdentified"], ct);
            return;
        }
        var mine = new List<StoredRound>();
        foreach (var id in await store.OpenRoundIdsAsync(ct))
        {
            if (await store.FindAsync(id, ct) is { } round && !round.Round.IsClosed
                && round.Round.Approvers.Any(a => string.Equals(a.ObjectId, caller, StringComparison.OrdinalIgnoreCase)))
            {
                mine.Add(round);
            }
        }
        if (mine.Count == 0)
        {
            await turn.SendAsync(new AdaptiveCard
            {
                Body = [new TextBlock { Text = text["Command_Title"], Size = TextSize.Large, Weight = TextWeight.Bolder },
                    new TextBlock { Text = text["Command_NoneOpen"] }],
            }, ct);
            return;
        }
        var shown = mine.OrderBy(r => r.Round.Deadline).Take(MaxCards).ToList();
        await turn.SendAsync(text["Command_Open", mine.Count, shown.Count], ct);
        foreach (var round in shown)
        {
            if (await approvals.CardAsync(round.RoundId, caller, ct) is { } card)
            {
                await turn.SendAsync(card, ct);
            }
        }
    }
}
