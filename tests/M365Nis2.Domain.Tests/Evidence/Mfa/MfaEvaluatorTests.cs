using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;

namespace M365Nis2.Domain.Tests.Evidence.Mfa;

public class MfaEvaluatorTests
{
    private static MfaEvaluation Evaluate(MfaEvidence evidence, RegistrationTally? tally = null) =>
        MfaEvaluator.Evaluate(evidence, tally ?? Given.AllRegistered(), Given.Options);

    [Fact]
    public void Well_configured_tenant_is_met_for_art21_2_j()
    {
        var evaluation = Evaluate(Given.WellConfigured());
        Assert.Equal("art21.2.j", evaluation.ControlId);
        Assert.Equal(Outcome.Met, evaluation.Overall);
        Assert.All(evaluation.Checks, c => Assert.Equal(Outcome.Met, c.Outcome));
        Assert.Equal(5, evaluation.Reasons.Count);
    }

    [Fact]
    public void Security_defaults_with_full_registration_is_met()
    {
        var evaluation = Evaluate(Given.Evidence(securityDefaults: true));
        Assert.Equal(Outcome.Met, evaluation.Overall);
        Assert.Equal(Outcome.Met, evaluation.Enforcement.Outcome);
        Assert.Equal(Outcome.Met, evaluation.LegacyAuthentication.Outcome);
    }

    [Fact]
    public void Empty_tenant_is_not_met_because_nothing_enforces_mfa()
    {
        var evaluation = Evaluate(Given.Evidence(roles: []), Given.Tally([]));
        Assert.Equal(Outcome.Unknown, evaluation.Registration.Outcome);
        Assert.Equal(Outcome.NotMet, evaluation.Overall);
    }

    [Fact]
    public void Empty_tenant_with_security_defaults_is_unknown_not_met() =>
        Assert.Equal(Outcome.Unknown, Evaluate(Given.Evidence(securityDefaults: true, roles: []), Given.Tally([])).Overall);

    [Fact]
    public void Unregistered_admin_makes_the_whole_measure_not_met()
    {
        var evaluation = Evaluate(Given.WellConfigured(), Given.Tally([.. Given.Members(10, 10), Given.Admin("boss", false)]));
        Assert.Equal(Outcome.NotMet, evaluation.Overall);
        Assert.Contains(evaluation.Reasons, r => r.StartsWith("Overall NotMet", StringComparison.Ordinal));
    }

    [Fact]
    public void Enforcement_not_met_wins_over_unknown_registration()
    {
        var unknown = new RegistrationAccumulator(Given.Options, null).Fail(CollectionStatus.Forbidden("AuditLog.Read.All"));
        Assert.Equal(Outcome.NotMet, Evaluate(Given.Evidence(), unknown).Overall);
    }

    [Fact]
    public void Legacy_not_blocked_alone_makes_it_partially_met()
    {
        var evaluation = Evaluate(Given.Evidence([Given.MfaForAll()]));
        Assert.Equal(Outcome.NotMet, evaluation.LegacyAuthentication.Outcome);
        Assert.Equal(Outcome.PartiallyMet, evaluation.Overall);
        Assert.Contains(evaluation.Reasons, r => r.Contains(MfaChecks.LegacyAuthentication, StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_registration_permission_makes_it_unknown_with_the_reason()
    {
        var unknown = new RegistrationAccumulator(Given.Options, null).Fail(CollectionStatus.Forbidden("AuditLog.Read.All"));
        var evaluation = Evaluate(Given.WellConfigured(), unknown);

        Assert.Equal(Outcome.Unknown, evaluation.Overall);
        Assert.Contains(evaluation.Registration.Findings, f => f.Message.Contains("missing permission AuditLog.Read.All", StringComparison.Ordinal));
    }

    public static TheoryData<string> FailingSources => ["registration", "ca", "ca+defaults", "registration+ca", "defaults-with-no-policies"];

    [Theory]
    [MemberData(nameof(FailingSources))]
    public void Overall_is_never_met_when_a_source_is_unknown(string failing)
    {
        var forbidden = CollectionStatus.Forbidden("Policy.Read.All");
        var tally = failing.Contains("registration", StringComparison.Ordinal)
            ? new RegistrationAccumulator(Given.Options, null).Fail(CollectionStatus.LicenceRequired("Entra ID P1/P2"))
            : Given.AllRegistered();
        var evidence = failing switch
        {
            "ca" or "registration+ca" => Given.Evidence(caStatus: forbidden),
            "ca+defaults" => Given.Evidence(caStatus: forbidden, defaultsStatus: forbidden),
            "defaults-with-no-policies" => Given.Evidence(defaultsStatus: forbidden),
            _ => Given.WellConfigured(),
        };

        var overall = Evaluate(evidence, tally).Overall;
        Assert.NotEqual(Outcome.Met, overall);
        Assert.Equal(Outcome.Unknown, overall);
    }

    [Fact]
    public void Combination_rule_never_gives_met_with_any_unknown_check()
    {
        var outcomes = Enum.GetValues<Outcome>();
        foreach (var r in outcomes)
        foreach (var e in outcomes)
        foreach (var a in outcomes)
        foreach (var l in outcomes)
        {
            CheckResult[] all = [new("r", r, []), new("e", e, []), new("a", a, []), new("l", l, [])];
            var (overall, _) = MfaEvaluator.Combine(r, e, all);
            if (all.Any(c => c.Outcome == Outcome.Unknown))
                Assert.NotEqual(Outcome.Met, overall);
            if (r == Outcome.NotMet || e == Outcome.NotMet)
                Assert.Equal(Outcome.NotMet, overall);
            Assert.Equal(all.All(c => c.Outcome == Outcome.Met), overall == Outcome.Met);
        }
    }

    [Fact]
    public void Role_assignments_unreadable_still_evaluates_with_a_finding()
    {
        var evidence = Given.WellConfigured() with
        {
            RoleAssignments = Collected.NotCollected<IReadOnlyList<RoleAssignment>>(CollectionStatus.Forbidden("RoleManagement.Read.Directory")),
        };
        var tally = RegistrationAccumulator.Tally([.. Given.Members(10, 10)], Given.Options, evidence.RoleAssignments.Value);

        var evaluation = Evaluate(evidence, tally);
        Assert.Equal(Outcome.Met, evaluation.Overall);
        Assert.Contains(evaluation.Registration.Findings, f => f.Severity == FindingSeverity.Low);
    }

    [Fact]
    public void Weak_methods_and_registration_campaign_off_are_advised_without_changing_outcomes()
    {
        var methods = Collected.Ok(new AuthenticationMethodsSummary(["Fido2", "Sms", "Voice"], RegistrationCampaignEnabled: false));
        var evaluation = Evaluate(Given.WellConfigured() with { AuthenticationMethods = methods }, Given.Tally(Given.Members(100, 85)));

        Assert.Equal(Outcome.PartiallyMet, evaluation.Overall);
        Assert.Contains(evaluation.Advisories, f => f.Subjects.SequenceEqual(["Sms", "Voice"]));
        Assert.Contains(evaluation.Advisories, f => f.Message.Contains("registration campaign", StringComparison.Ordinal));
    }

    [Fact]
    public void Unreadable_methods_policy_is_only_advice() =>
        Assert.Equal(Outcome.Met, Evaluate(Given.WellConfigured() with
        {
            AuthenticationMethods = Collected.NotCollected<AuthenticationMethodsSummary>(CollectionStatus.Forbidden("Policy.Read.AuthenticationMethod")),
        }).Overall);

    [Fact]
    public void Default_options_are_valid_and_bad_thresholds_are_named()
    {
        Assert.Empty(MfaRuleOptions.Default.Validate());
        var errors = new MfaRuleOptions(MemberRegistrationMetPercent: 90, MemberRegistrationPartialPercent: 95, NamedOffenderLimit: 0).Validate();
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains(nameof(MfaRuleOptions.MemberRegistrationPartialPercent), StringComparison.Ordinal));
    }

    [Fact]
    public void Default_privileged_roles_include_the_fourteen_admin_roles()
    {
        Assert.Equal(14, PrivilegedRoles.Default.Count);
        Assert.Contains("62e90394-69f5-4237-9190-012177145e10", PrivilegedRoles.Default);
        Assert.Contains("e8611ab8-c189-46e8-94e1-60213ab1f814", PrivilegedRoles.Default);
        Assert.Contains("194ae4cb-b126-40b2-bd5b-6091b380977d", PrivilegedRoles.Default);
    }
}
