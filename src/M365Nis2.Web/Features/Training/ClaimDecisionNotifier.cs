using M365Nis2.Teams.Cards;
using M365Nis2.Web.Features.Bot;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.Training;

/// <summary>
/// Tells the board member in Teams that the CISO confirmed or rejected their reported course, in their own language
/// (Entra preferredLanguage), with the CISO's note. Sent after the decision is stored and signed: the decision never
/// depends on the message, and a member the bot cannot reach still sees the decision on the Training page.
/// </summary>
public sealed class ClaimDecisionNotifier(INotices notices, TrainingCards cards, IBoardDirectory board,
    ILogger<ClaimDecisionNotifier> logger)
{
    /// <summary>Through <see cref="INotices"/>: to a member the app is still being installed for, the card is kept and sent then.</summary>
    public async Task<NoticeOutcome?> NotifyAsync(ClaimView claim, CancellationToken ct)
    {
        try
        {
            var member = (await board.GetBoardMembersAsync(ct)).FirstOrDefault(m => string.Equals(m.ObjectId, claim.MemberObjectId, StringComparison.OrdinalIgnoreCase));
            AdaptiveCard card;
            using (BotCulture.Use(BotCulture.For(member?.PreferredLanguage)))
            {
                card = cards.ClaimDecided(claim);
            }
            var outcome = await notices.ShowAsync(claim.MemberObjectId, card, ct);
            logger.LogInformation("Training claim {ClaimId} ({State}) notice to the member: {Outcome}", claim.Id, claim.State, outcome);
            return outcome;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Training claim {ClaimId}: the decision is stored, but the member could not be told in Teams", claim.Id);
            return null;
        }
    }
}
