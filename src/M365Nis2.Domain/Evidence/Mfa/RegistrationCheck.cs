using M365Nis2.Domain.Texts;

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
                MfaTexts.RegistrationUnreadable.With(tally.Status.Text()))]);
        }

        if (tally.EnabledMembers == 0 && tally.Admins == 0)
        {
            // An empty report is more likely a collection problem than a tenant with no users; never Met on no data.
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.Medium,
                MfaTexts.RegistrationEmpty.With())]);
        }

        var findings = new List<Finding>();
        var outcome = MemberOutcome(tally, options, findings);

        if (tally.UnregisteredAdmins.Total > 0)
        {
            outcome = Outcome.NotMet;
            findings.Add(new Finding(FindingSeverity.High,
                MfaTexts.AdminsUnregistered.With(tally.UnregisteredAdmins.Total, tally.Admins, tally.UnregisteredAdmins.Note()),
                tally.UnregisteredAdmins.Names));
        }
        else if (tally.Admins > 0)
        {
            findings.Add(new Finding(FindingSeverity.Info, MfaTexts.AdminsRegistered.With(tally.Admins)));
        }

        if (!tally.RoleAssignmentsUsed)
        {
            findings.Add(new Finding(FindingSeverity.Low,
                MfaTexts.NoRoleAssignments.With()));
        }

        if (tally.Guests > 0)
        {
            findings.Add(new Finding(FindingSeverity.Info,
                MfaTexts.GuestsLeftOut.With(tally.Guests, tally.RegisteredGuests)));
        }

        if (tally.DisabledSkipped > 0)
            findings.Add(new Finding(FindingSeverity.Info, MfaTexts.DisabledLeftOut.With(tally.DisabledSkipped)));

        return Result(outcome, findings);
    }

    private static Outcome MemberOutcome(RegistrationTally tally, MfaRuleOptions options, List<Finding> findings)
    {
        if (tally.EnabledMembers == 0)
        {
            findings.Add(new Finding(FindingSeverity.Medium, MfaTexts.OnlyAdmins.With()));
            return Outcome.Met;
        }

        // Compare in integers scaled by 100 so "exactly 95 %" is exact, with no rounding at the boundary.
        var scaled = 100m * tally.RegisteredMembers;
        var outcome = scaled >= options.MemberRegistrationMetPercent * tally.EnabledMembers ? Outcome.Met
            : scaled >= options.MemberRegistrationPartialPercent * tally.EnabledMembers ? Outcome.PartiallyMet
            : Outcome.NotMet;

        var summary = MfaTexts.MembersSummary.With(tally.RegisteredMembers, tally.EnabledMembers, tally.MemberPercent,
            options.MemberRegistrationMetPercent, options.MemberRegistrationPartialPercent);
        findings.Add(new Finding(outcome == Outcome.Met ? FindingSeverity.Info : SeverityFor(outcome), summary));

        if (tally.UnregisteredMembers.Total > 0)
        {
            findings.Add(new Finding(outcome == Outcome.Met ? FindingSeverity.Low : SeverityFor(outcome),
                MfaTexts.MembersUnregistered.With(tally.UnregisteredMembers.Total, tally.UnregisteredMembers.Note()),
                tally.UnregisteredMembers.Names));
        }

        return outcome;
    }

    private static FindingSeverity SeverityFor(Outcome outcome) =>
        outcome == Outcome.NotMet ? FindingSeverity.High : FindingSeverity.Medium;

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) =>
        new(MfaChecks.Registration, outcome, findings);
}
