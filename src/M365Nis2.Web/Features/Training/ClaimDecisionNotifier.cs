using M365Nis2.Teams;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.Training;

/// <summary>
/// Tells the board member in Teams that the CISO confirmed or rejected their reported course, in their own language
/// (Entra preferredLanguage), with the CISO's note. Sent after the decision is stored and signed: the decision never
/// depends on the message, and a member the bot cannot reach still sees the decision on the Training page.
/// </summary>
public sealed class ClaimDecisionNotifier(ProactiveMessenger messenger, TrainingCards cards, IBoardDirectory board,
    ILogger<ClaimDecisionNotifier> logger)
{
    public async Task<ProactiveResult?> NotifyAsync(ClaimView claim, CancellationToken ct)
    {
        try
        {
            var member = (await board.GetBoardMembersAsync(ct)).FirstOrDefault(m => string.Equals(m.ObjectId, claim.MemberObjectId, StringComparison.OrdinalIgnoreCase));
            using var culture = BotCulture.Use(BotCulture.For(member?.PreferredLanguage));
            var result = await messenger.SendToUserAsync(claim.MemberObjectId, cards.ClaimDecided(claim), ct);
            logger.LogInformation("Training claim {ClaimId} ({State}) notice to the member: {Result}", claim.Id, claim.State, result.GetType().Name);
            return result;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Training claim {ClaimId}: the decision is stored, but the member could not be told in Teams", claim.Id);
            return null;
        }
    }
}
