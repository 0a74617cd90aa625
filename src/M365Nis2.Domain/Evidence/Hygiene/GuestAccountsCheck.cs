using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Hygiene;

/// <summary>
/// Art. 21(2)(i): enabled guests are outsiders with standing access. Every enabled guest that has not signed in for
/// <see cref="HygieneRuleOptions.GuestInactiveAfterDays"/> is access nobody needs (CIS and CISA SCuBA both ask for
/// guests to be reviewed regularly). Met with none; PartiallyMet while at most a quarter are inactive; NotMet beyond.
/// </summary>
public static class GuestAccountsCheck
{
    public static CheckResult Evaluate(UserActivityTally tally, HygieneRuleOptions options)
    {
        if (!tally.Status.IsOk)
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.High, HygieneTexts.GuestsUnreadable.With(tally.Status.Text()))]);
        if (tally.EnabledGuests == 0)
            return Result(Outcome.Met, [new Finding(FindingSeverity.Info, HygieneTexts.NoGuests.With())]);

        var inactive = tally.InactiveGuests.Total;
        var outcome = inactive == 0 ? Outcome.Met : 4 * inactive <= tally.EnabledGuests ? Outcome.PartiallyMet : Outcome.NotMet;
        var findings = new List<Finding>
        {
            new(Thresholds.SeverityOf(outcome), HygieneTexts.GuestsSummary.With(tally.EnabledGuests, inactive, options.GuestInactiveAfterDays)),
        };
        if (inactive > 0)
        {
            findings.Add(new Finding(Thresholds.SeverityOf(outcome),
                HygieneTexts.GuestsAdvice.With(tally.InactiveGuests.Note()), tally.InactiveGuests));
        }
        return Result(outcome, findings);
    }

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) => new(HygieneChecks.Guests, outcome, findings);
}
