namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>
/// MFA registration coverage: the share of enabled member users registered for MFA against the thresholds, and every
/// admin registered. Guests are reported but not counted, since they authenticate in their home tenant.
/// </summary>
public static class RegistrationCheck
{
    public static CheckResult Evaluate(RegistrationTally tally, MfaRuleOptions options)
    {
        if (!tally.Status.IsOk)
        {
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.High,
                $"User registration details could not be read ({tally.Status.Describe()}); registration coverage is unknown.")]);
        }

        if (tally.EnabledMembers == 0 && tally.Admins == 0)
        {
            // An empty report is more likely a collection problem than a tenant with no users; never Met on no data.
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.Medium,
                "The registration report listed no enabled member users; coverage cannot be judged.")]);
        }

        var findings = new List<Finding>();
        var outcome = MemberOutcome(tally, options, findings);

        if (tally.UnregisteredAdmins.Total > 0)
        {
            outcome = Outcome.NotMet;
            findings.Add(new Finding(FindingSeverity.High,
                $"{tally.UnregisteredAdmins.Total} of {tally.Admins} admin(s) are not registered for MFA; every admin must be"
                + $"{tally.UnregisteredAdmins.TruncationNote}.",
                tally.UnregisteredAdmins.Names));
        }
        else if (tally.Admins > 0)
        {
            findings.Add(new Finding(FindingSeverity.Info, $"All {tally.Admins} admin(s) are registered for MFA."));
        }

        if (!tally.RoleAssignmentsUsed)
        {
            findings.Add(new Finding(FindingSeverity.Low,
                "Directory role assignments were not available; admins were recognised by the report's isAdmin flag only."));
        }

        if (tally.Guests > 0)
        {
            findings.Add(new Finding(FindingSeverity.Info,
                $"{tally.Guests} guest(s) left out of the ratio ({tally.RegisteredGuests} registered in this tenant); "
                + "guests authenticate in their home tenant."));
        }

        if (tally.DisabledSkipped > 0)
            findings.Add(new Finding(FindingSeverity.Info, $"{tally.DisabledSkipped} disabled account(s) left out."));

        return Result(outcome, findings);
    }

    private static Outcome MemberOutcome(RegistrationTally tally, MfaRuleOptions options, List<Finding> findings)
    {
        if (tally.EnabledMembers == 0)
        {
            findings.Add(new Finding(FindingSeverity.Medium, "No enabled member users were listed; only admins could be judged."));
            return Outcome.Met;
        }

        // Compare in integers scaled by 100 so "exactly 95 %" is exact, with no rounding at the boundary.
        var scaled = 100m * tally.RegisteredMembers;
        var outcome = scaled >= options.MemberRegistrationMetPercent * tally.EnabledMembers ? Outcome.Met
            : scaled >= options.MemberRegistrationPartialPercent * tally.EnabledMembers ? Outcome.PartiallyMet
            : Outcome.NotMet;

        var summary = $"{tally.RegisteredMembers} of {tally.EnabledMembers} enabled member users ({tally.MemberPercent:0.##} %) "
            + $"are registered for MFA (Met at {options.MemberRegistrationMetPercent:0.##} %, "
            + $"partially met at {options.MemberRegistrationPartialPercent:0.##} %).";
        findings.Add(new Finding(outcome == Outcome.Met ? FindingSeverity.Info : SeverityFor(outcome), summary));

        if (tally.UnregisteredMembers.Total > 0)
        {
            findings.Add(new Finding(outcome == Outcome.Met ? FindingSeverity.Low : SeverityFor(outcome),
                $"{tally.UnregisteredMembers.Total} member user(s) are not registered for MFA{tally.UnregisteredMembers.TruncationNote}.",
                tally.UnregisteredMembers.Names));
        }

        return outcome;
    }

    private static FindingSeverity SeverityFor(Outcome outcome) =>
        outcome == Outcome.NotMet ? FindingSeverity.High : FindingSeverity.Medium;

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) =>
        new(MfaChecks.Registration, outcome, findings);
}
