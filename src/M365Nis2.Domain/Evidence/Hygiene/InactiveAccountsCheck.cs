using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Hygiene;

/// <summary>
/// Art. 21(2)(i) access control and HR security: enabled member accounts nobody has used for
/// <see cref="HygieneRuleOptions.InactiveAfterDays"/> are leavers not off-boarded or forgotten service accounts —
/// exactly the accounts attackers take over unnoticed.
/// </summary>
public static class InactiveAccountsCheck
{
    public static CheckResult Evaluate(UserActivityTally tally, HygieneRuleOptions options)
    {
        if (!tally.Status.IsOk)
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.High, HygieneTexts.SignInsUnreadable.With(tally.Status.Text()))]);
        if (tally.EnabledMembers == 0)
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.Medium, HygieneTexts.NoMembers.With())]);

        var inactive = tally.InactiveMembers.Total;
        var scaled = 100m * inactive;
        var outcome = scaled <= options.InactiveMetPercent * tally.EnabledMembers ? Outcome.Met
            : scaled <= options.InactivePartialPercent * tally.EnabledMembers ? Outcome.PartiallyMet : Outcome.NotMet;
        var findings = new List<Finding>
        {
            new(Thresholds.SeverityOf(outcome), HygieneTexts.InactiveSummary.With(inactive, tally.EnabledMembers,
                Thresholds.Percent(inactive, tally.EnabledMembers), options.InactiveAfterDays, options.InactiveMetPercent)),
        };
        if (inactive > 0)
        {
            findings.Add(new Finding(outcome == Outcome.Met ? FindingSeverity.Low : FindingSeverity.Medium,
                HygieneTexts.InactiveAdvice.With(tally.InactiveMembers.Note()), tally.InactiveMembers));
        }
        if (tally.TooNewToJudge > 0)
            findings.Add(new Finding(FindingSeverity.Info, HygieneTexts.TooNew.With(tally.TooNewToJudge)));
        return Result(outcome, findings);
    }

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) => new(HygieneChecks.InactiveAccounts, outcome, findings);
}
