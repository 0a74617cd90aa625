using M365Nis2.Domain.Suppliers;
using M365Nis2.Teams.Cards;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>The questionnaire form per tier and language, a refused submit and the summary, for the card validator.</summary>
public sealed class AssessmentCardSamples(AssessmentCards cards) : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var day = new DateOnly(2026, 3, 2);
        var supplier = new Supplier("s1", "NordIT Drift A/S", "DK25313763", "DK", [ServiceKind.ManagedIt], [DataKind.Credentials], SystemAccess.Privileged,
            false, SupplierTier.Tier1, true, new TierSuggestion(SupplierTier.Tier1, ["managed-it"]), new SupplierOwner("o1", "Mads Nielsen", "mads@example.com"),
            null, null, [], [], [], [], [], [], [], day, day, true, DateTimeOffset.UnixEpoch, "test");
        foreach (var tier in Enum.GetValues<SupplierTier>())
        {
            foreach (var lang in new[] { "en", "da" })
            {
                var a = new Assessment("a1", "s1", tier, Questionnaires.Version, lang, "o1", AssessmentStatus.Sent, DateTimeOffset.UnixEpoch, "CISO",
                    day.AddDays(21), null, [], null, null, null, [], []);
                yield return ($"supplier-assessment.tier{(int)tier}.{lang}", cards.Form(supplier with { Tier = tier }, a));
                if (tier == SupplierTier.Tier1)
                {
                    yield return ($"supplier-assessment-reminder.{lang}", cards.Form(supplier, a, reminder: true));
                    yield return ($"supplier-assessment-refused.{lang}", cards.Form(supplier, a, [new("mfa", Answer.No)], ["Question 'backup' is not answered."]));
                    var done = a with { Status = AssessmentStatus.Completed, Answers = [new("mfa", Answer.No)] };
                    yield return ($"supplier-assessment-done.{lang}", cards.Done(supplier, done,
                        [new SupplierFinding("f", Severity.High, "No: MFA", FindingState.Open, day, "mfa")], day.AddYears(1)));
                }
            }
        }
    }
}
