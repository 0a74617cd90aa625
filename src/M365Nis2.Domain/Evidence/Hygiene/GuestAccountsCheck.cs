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
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.High, $"Guest sign-in activity could not be read ({tally.Status.Describe()}).")]);
        if (tally.EnabledGuests == 0)
            return Result(Outcome.Met, [new Finding(FindingSeverity.Info, "No enabled guest accounts.")]);

        var inactive = tally.InactiveGuests.Total;
        var outcome = inactive == 0 ? Outcome.Met : 4 * inactive <= tally.EnabledGuests ? Outcome.PartiallyMet : Outcome.NotMet;
        var findings = new List<Finding>
        {
            new(Thresholds.SeverityOf(outcome), $"{tally.EnabledGuests} enabled guest(s); {inactive} have not signed in for {options.GuestInactiveAfterDays} days."),
        };
        if (inactive > 0)
        {
            findings.Add(new Finding(Thresholds.SeverityOf(outcome),
                $"Remove or disable inactive guests, or confirm their sponsor still needs them{tally.InactiveGuests.TruncationNote}.", tally.InactiveGuests.Names));
        }
        return Result(outcome, findings);
    }

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) => new(HygieneChecks.Guests, outcome, findings);
}
