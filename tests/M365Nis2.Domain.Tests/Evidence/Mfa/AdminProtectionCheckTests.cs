using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;

namespace M365Nis2.Domain.Tests.Evidence.Mfa;

public class AdminProtectionCheckTests
{
    private static readonly AuthenticationStrength PhishingResistant =
        new("00000000-0000-0000-0000-000000000004", "Phishing-resistant MFA", ["windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor"]);

    private static CheckResult Check(MfaEvidence evidence) => AdminProtectionCheck.Evaluate(evidence, Given.Options);

    private static CheckResult Check(params ConditionalAccessPolicy[] policies) => Check(Given.Evidence(policies));

    private static bool AdvisesPhishingResistance(CheckResult result) =>
        result.Findings.Any(f => f.Severity == FindingSeverity.Info && f.Message.StartsWith("Best practice", StringComparison.Ordinal));

    [Fact]
    public void All_users_mfa_policy_protects_admins_with_phishing_resistant_advice()
    {
        var result = Check(Given.MfaForAll());
        Assert.Equal(Outcome.Met, result.Outcome);
        Assert.True(AdvisesPhishingResistance(result));
    }

    [Fact]
    public void Policy_including_every_privileged_role_is_met()
    {
        var result = Check(Given.MfaForAll("Admins", users: Given.Roles([.. PrivilegedRoles.Default])));
        Assert.Equal(Outcome.Met, result.Outcome);
    }

    [Fact]
    public void Roles_split_over_two_policies_are_combined()
    {
        var roles = PrivilegedRoles.Default;
        var result = Check(
            Given.MfaForAll("Admins A", users: Given.Roles([.. roles.Take(7)])),
            Given.MfaForAll("Admins B", users: Given.Roles([.. roles.Skip(7)])));
        Assert.Equal(Outcome.Met, result.Outcome);
    }

    [Fact]
    public void Policy_missing_some_privileged_roles_is_partially_met_naming_them()
    {
        var result = Check(Given.MfaForAll("GA only", users: Given.Roles(PrivilegedRoles.GlobalAdministrator)));
        Assert.Equal(Outcome.PartiallyMet, result.Outcome);
        var missing = Assert.Single(result.Findings, f => f.Severity == FindingSeverity.High);
        Assert.Contains($"Security Administrator ({PrivilegedRoles.SecurityAdministrator})", missing.Subjects);
        Assert.DoesNotContain(missing.Subjects, s => s.Contains(PrivilegedRoles.GlobalAdministrator, StringComparison.Ordinal));
    }

    [Fact]
    public void Phishing_resistant_strength_is_noted_without_advice()
    {
        var grant = new PolicyGrant(GrantOperator.And, [], PhishingResistant);
        var result = Check(Given.MfaForAll(), Given.MfaForAll("Admins", users: Given.Roles([.. PrivilegedRoles.Default]), grant: grant));

        Assert.Equal(Outcome.Met, result.Outcome);
        Assert.False(AdvisesPhishingResistance(result));
        Assert.Contains(result.Findings, f => f.Message.Contains("phishing-resistant authentication strength", StringComparison.Ordinal));
    }

    [Fact]
    public void Excluding_a_privileged_role_is_partially_met()
    {
        var result = Check(Given.MfaForAll(users: Given.AllUsersExcept(roles: [PrivilegedRoles.ExchangeAdministrator])));
        Assert.Equal(Outcome.PartiallyMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Severity == FindingSeverity.High && f.Message.Contains("privileged roles", StringComparison.Ordinal));
    }

    [Fact]
    public void Break_glass_exclusion_keeps_admin_protection_met() =>
        Assert.Equal(Outcome.Met, Check(Given.MfaForAll(users: Given.AllUsersExcept(users: [Given.BreakGlassId]))).Outcome);

    [Fact]
    public void Report_only_admin_policy_does_not_count()
    {
        var result = Check(Given.MfaForAll("Admins", PolicyState.ReportOnly, users: Given.Roles([.. PrivilegedRoles.Default])));
        Assert.Equal(Outcome.NotMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Subjects.Contains("'Admins' (id-Admins)"));
    }

    [Fact]
    public void Policy_for_non_privileged_roles_only_does_not_count() =>
        Assert.Equal(Outcome.NotMet, Check(Given.MfaForAll("Readers", users: Given.Roles("88d8e3e3-8f55-4a1e-953a-9b9898b8876b"))).Outcome);

    [Fact]
    public void Security_defaults_protect_admins_with_phishing_resistant_advice()
    {
        var result = Check(Given.Evidence(securityDefaults: true));
        Assert.Equal(Outcome.Met, result.Outcome);
        Assert.True(AdvisesPhishingResistance(result));
    }

    [Fact]
    public void Custom_privileged_role_list_is_honoured()
    {
        var options = Given.Options with { PrivilegedRoleTemplateIds = [PrivilegedRoles.GlobalAdministrator] };
        var evidence = Given.Evidence([Given.MfaForAll("GA only", users: Given.Roles(PrivilegedRoles.GlobalAdministrator))]);
        Assert.Equal(Outcome.Met, AdminProtectionCheck.Evaluate(evidence, options).Outcome);
    }

    [Fact]
    public void Ca_unreadable_is_unknown() =>
        Assert.Equal(Outcome.Unknown, Check(Given.Evidence(caStatus: CollectionStatus.Forbidden("Policy.Read.All"))).Outcome);
}
