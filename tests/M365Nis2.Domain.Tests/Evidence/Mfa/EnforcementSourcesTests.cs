using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;

namespace M365Nis2.Domain.Tests.Evidence.Mfa;

/// <summary>Enforcement when security defaults are on, or a source could not be read.</summary>
public class EnforcementSourcesTests
{
    private static CheckResult Check(MfaEvidence evidence) => EnforcementCheck.Evaluate(evidence, Given.Options);

    [Fact]
    public void Security_defaults_alone_are_met() =>
        Assert.Equal(Outcome.Met, Check(Given.Evidence(securityDefaults: true)).Outcome);

    [Fact]
    public void Security_defaults_with_enabled_ca_policies_is_a_finding_naming_them()
    {
        var result = Check(Given.Evidence([Given.MfaForAll()], securityDefaults: true));
        Assert.Equal(Outcome.Met, result.Outcome);
        Assert.Contains(result.Findings, f => f.Severity == FindingSeverity.Medium
            && f.Subjects.Contains("'Require MFA for all users' (id-Require MFA for all users)"));
    }

    [Fact]
    public void Ca_forbidden_is_unknown_with_the_permission_named()
    {
        var result = Check(Given.Evidence(caStatus: CollectionStatus.Forbidden("Policy.Read.All")));
        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Contains(result.Findings, f => f.Message.Contains("missing permission Policy.Read.All", StringComparison.Ordinal));
    }

    [Fact]
    public void Ca_licence_missing_is_unknown() =>
        Assert.Equal(Outcome.Unknown, Check(Given.Evidence(caStatus: CollectionStatus.LicenceRequired("Entra ID P1"))).Outcome);

    [Fact]
    public void Ca_unreadable_but_security_defaults_on_is_met() =>
        Assert.Equal(Outcome.Met, Check(Given.Evidence(securityDefaults: true, caStatus: CollectionStatus.Failed("timeout"))).Outcome);

    [Fact]
    public void Security_defaults_unreadable_and_no_enabled_policy_is_unknown() =>
        Assert.Equal(Outcome.Unknown,
            Check(Given.Evidence([Given.MfaForAll(state: PolicyState.ReportOnly)], defaultsStatus: CollectionStatus.Forbidden("Policy.Read.All"))).Outcome);

    [Fact]
    public void Security_defaults_unreadable_but_enabled_policies_prove_them_off()
    {
        var evidence = Given.Evidence([Given.MfaForAll(users: Given.AllUsersExcept(groups: ["g"]))], defaultsStatus: CollectionStatus.Failed("503"));
        Assert.Equal(Outcome.PartiallyMet, Check(evidence).Outcome);
    }
}
