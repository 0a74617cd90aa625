using M365Nis2.Teams.Cards;
using M365Nis2.Teams.Routing;

namespace M365Nis2.Web.Features.Acknowledgements;

/// <summary>The acknowledgement cards in English and Danish: the ask, the reminder, recorded and already recorded.</summary>
public sealed class AcknowledgementCardSamples(AcknowledgementCards cards) : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var approved = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var campaign = new AckCampaignRow
        {
            PolicyId = "information-security-policy", Version = 3, Title = "Information security policy [draft*]",
            Sha256 = "9f2c1a7e5b3d4c6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f", ApprovedAt = approved, DueAt = approved.AddDays(14),
        };
        foreach (var (language, culture) in new[] { ("en", BotCulture.English), ("da", BotCulture.Danish) })
        {
            using (BotCulture.Use(culture))
            {
                yield return ($"acknowledgement-ask.{language}", cards.Ask(campaign));
                yield return ($"acknowledgement-reminder.{language}", cards.Ask(campaign, reminder: true));
                yield return ($"acknowledgement-recorded.{language}",
                    cards.Answer(new AckOutcome(AckOutcomeKind.Recorded, approved.AddDays(1), campaign.Title, 3), campaign.PolicyId));
                yield return ($"acknowledgement-already.{language}",
                    cards.Answer(new AckOutcome(AckOutcomeKind.AlreadyAcknowledged, approved.AddDays(1), campaign.Title, 3), campaign.PolicyId));
            }
        }
    }
}
