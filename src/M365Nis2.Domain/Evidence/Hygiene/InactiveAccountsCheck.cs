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
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.High, $"Users' sign-in activity could not be read ({tally.Status.Describe()}).")]);
        if (tally.EnabledMembers == 0)
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.Medium, "No enabled member accounts were listed; inactivity cannot be judged.")]);

        var inactive = tally.InactiveMembers.Total;
        var scaled = 100m * inactive;
        var outcome = scaled <= options.InactiveMetPercent * tally.EnabledMembers ? Outcome.Met
            : scaled <= options.InactivePartialPercent * tally.EnabledMembers ? Outcome.PartiallyMet : Outcome.NotMet;
        var findings = new List<Finding>
        {
            new(Thresholds.SeverityOf(outcome), $"{inactive} of {tally.EnabledMembers} enabled member accounts ({Thresholds.Percent(inactive, tally.EnabledMembers):0.#} %) "
                + $"have not signed in for {options.InactiveAfterDays} days (Met at or below {options.InactiveMetPercent:0.#} %)."),
        };
        if (inactive > 0)
        {
            findings.Add(new Finding(outcome == Outcome.Met ? FindingSeverity.Low : FindingSeverity.Medium,
                $"Disable or remove inactive accounts after checking with their managers{tally.InactiveMembers.TruncationNote}.", tally.InactiveMembers.Names));
        }
        if (tally.TooNewToJudge > 0)
            findings.Add(new Finding(FindingSeverity.Info, $"{tally.TooNewToJudge} account(s) created within the period were not judged."));
        return Result(outcome, findings);
    }

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) => new(HygieneChecks.InactiveAccounts, outcome, findings);
}
