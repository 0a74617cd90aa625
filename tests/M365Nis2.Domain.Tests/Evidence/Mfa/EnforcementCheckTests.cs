using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;

namespace M365Nis2.Domain.Tests.Evidence.Mfa;

public class EnforcementCheckTests
{
    private static CheckResult Check(MfaEvidence evidence) => EnforcementCheck.Evaluate(evidence, Given.Options);

    private static CheckResult Check(params ConditionalAccessPolicy[] policies) => Check(Given.Evidence(policies));

    [Fact]
    public void Enabled_mfa_policy_for_all_users_and_all_apps_is_met()
    {
        var result = Check(Given.MfaForAll());
        Assert.Equal(Outcome.Met, result.Outcome);
        Assert.DoesNotContain(result.Findings, f => f.Severity > FindingSeverity.Info);
    }

    [Fact]
    public void Report_only_policy_does_not_count_as_enforcement()
    {
        var result = Check(Given.MfaForAll(state: PolicyState.ReportOnly));
        Assert.Equal(Outcome.NotMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Message.Contains("report-only", StringComparison.Ordinal)
            && f.Subjects.Single().Contains("Require MFA for all users", StringComparison.Ordinal));
    }

    [Fact]
    public void Disabled_policy_does_not_count_as_enforcement()
    {
        var result = Check(Given.MfaForAll(state: PolicyState.Disabled));
        Assert.Equal(Outcome.NotMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Message.Contains("disabled", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_only_policy_beside_an_enforcing_one_is_named_at_info_level()
    {
        var result = Check(Given.MfaForAll(), Given.MfaForAll("Trial", PolicyState.ReportOnly));
        Assert.Equal(Outcome.Met, result.Outcome);
        Assert.Contains(result.Findings, f => f.Severity == FindingSeverity.Info && f.Subjects.Contains("'Trial' (id-Trial)"));
    }

    [Fact]
    public void Policy_excluding_a_group_is_partially_met_naming_the_group()
    {
        var evidence = Given.Evidence([Given.MfaForAll(users: Given.AllUsersExcept(groups: ["grp-1"]))],
            names: new Dictionary<string, string> { ["grp-1"] = "Sales team" });
        var result = Check(evidence);

        Assert.Equal(Outcome.PartiallyMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Severity == FindingSeverity.Medium && f.Subjects.Contains("Sales team (grp-1)"));
    }

    [Theory]
    [InlineData(Given.BreakGlassId)]
    [InlineData("BREAKGLASS2@contoso.com")]
    public void Excluded_break_glass_account_is_fine(string excluded)
    {
        var result = Check(Given.MfaForAll(users: Given.AllUsersExcept(users: [excluded])));
        Assert.Equal(Outcome.Met, result.Outcome);
        Assert.Contains(result.Findings, f => f.Severity == FindingSeverity.Info && f.Subjects.Contains(excluded));
    }

    [Fact]
    public void Excluded_ordinary_user_is_partially_met_naming_the_user()
    {
        var result = Check(Given.MfaForAll(users: Given.AllUsersExcept(users: [Given.BreakGlassId, "u-42"])));
        Assert.Equal(Outcome.PartiallyMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Severity == FindingSeverity.Medium && f.Subjects.SequenceEqual(["u-42"]));
    }

    [Fact]
    public void Excluded_admin_is_a_high_severity_finding()
    {
        var result = Check(Given.MfaForAll(users: Given.AllUsersExcept(users: [Given.AdminId])));
        Assert.Contains(result.Findings, f => f.Severity == FindingSeverity.High && f.Subjects.Contains(Given.AdminId));
    }

    [Fact]
    public void Excluded_role_and_guests_are_findings()
    {
        var users = new PolicyUsers(["All"], ["GuestsOrExternalUsers"], [], [], [], [PrivilegedRoles.GlobalAdministrator]);
        var result = Check(Given.MfaForAll(users: users));

        Assert.Equal(Outcome.PartiallyMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Subjects.Contains("GuestsOrExternalUsers"));
        Assert.Contains(result.Findings, f => f.Severity == FindingSeverity.High
            && f.Subjects.Contains($"Global Administrator ({PrivilegedRoles.GlobalAdministrator})"));
    }

    [Fact]
    public void Policy_targeting_selected_users_only_is_partially_met()
    {
        var users = new PolicyUsers(["u-1"], [], ["grp-finance"], [], [], []);
        var result = Check(Given.MfaForAll(users: users));

        Assert.Equal(Outcome.PartiallyMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Message.Contains("selected users", StringComparison.Ordinal)
            && f.Subjects.SequenceEqual(["u-1", "group grp-finance"]));
    }

    [Fact]
    public void Policy_for_selected_apps_or_excluding_apps_is_partially_met()
    {
        Assert.Equal(Outcome.PartiallyMet, Check(Given.MfaForAll(apps: new(["Office365"], []))).Outcome);
        Assert.Equal(Outcome.PartiallyMet, Check(Given.MfaForAll(apps: new(["All"], ["app-1"]))).Outcome);
    }

    [Fact]
    public void Authentication_strength_instead_of_mfa_counts()
    {
        var grant = new PolicyGrant(GrantOperator.And, [], new AuthenticationStrength("00000000-0000-0000-0000-000000000002", "Multifactor authentication", []));
        Assert.Equal(Outcome.Met, Check(Given.MfaForAll(grant: grant)).Outcome);
    }

    [Fact]
    public void Custom_strength_with_multifactor_combinations_counts()
    {
        var grant = new PolicyGrant(GrantOperator.And, [], new AuthenticationStrength("custom-1", "Ours", ["password,microsoftAuthenticatorPush", "fido2"]));
        Assert.Equal(Outcome.Met, Check(Given.MfaForAll(grant: grant)).Outcome);
    }

    [Fact]
    public void Custom_strength_allowing_a_single_factor_does_not_count()
    {
        var grant = new PolicyGrant(GrantOperator.And, [], new AuthenticationStrength("custom-2", "Weak", ["password", "fido2"]));
        Assert.Equal(Outcome.NotMet, Check(Given.MfaForAll(grant: grant)).Outcome);
    }

    [Fact]
    public void Strength_that_says_it_satisfies_no_mfa_does_not_count()
    {
        var grant = new PolicyGrant(GrantOperator.And, [], new AuthenticationStrength("custom-3", "None", [], "none"));
        Assert.Equal(Outcome.NotMet, Check(Given.MfaForAll(grant: grant)).Outcome);
    }

    [Fact]
    public void Mfa_ored_with_another_control_is_weakened_to_partially_met()
    {
        var grant = new PolicyGrant(GrantOperator.Or, ["mfa", "compliantDevice"]);
        var result = Check(Given.MfaForAll(grant: grant));

        Assert.Equal(Outcome.PartiallyMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Message.Contains("OR", StringComparison.Ordinal) && f.Subjects.SequenceEqual(["compliantDevice"]));
    }

    [Fact]
    public void Mfa_anded_with_another_control_still_requires_mfa() =>
        Assert.Equal(Outcome.Met, Check(Given.MfaForAll(grant: new PolicyGrant(GrantOperator.And, ["mfa", "compliantDevice"]))).Outcome);

    [Fact]
    public void Policy_without_mfa_control_does_not_count() =>
        Assert.Equal(Outcome.NotMet, Check(Given.MfaForAll(grant: new PolicyGrant(GrantOperator.Or, ["compliantDevice"]))).Outcome);

    [Fact]
    public void Trusted_location_exclusion_is_partially_met()
    {
        var narrowing = new PolicyNarrowing(["All"], ["AllTrusted"], [], [], []);
        var result = Check(Given.MfaForAll(narrowing: narrowing));
        Assert.Equal(Outcome.PartiallyMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Subjects.Contains("excluded locations: AllTrusted"));
    }

    [Fact]
    public void Risk_based_mfa_only_is_partially_met() =>
        Assert.Equal(Outcome.PartiallyMet, Check(Given.MfaForAll(narrowing: new PolicyNarrowing([], [], [], ["high"], []))).Outcome);

    [Fact]
    public void Mfa_policy_for_browsers_only_is_partially_met() =>
        Assert.Equal(Outcome.PartiallyMet, Check(Given.MfaForAll(clientAppTypes: ["browser"])).Outcome);

    [Fact]
    public void One_clean_policy_is_enough_even_beside_a_gappy_one() =>
        Assert.Equal(Outcome.Met, Check(Given.MfaForAll("Gappy", users: Given.AllUsersExcept(groups: ["g"])), Given.MfaForAll()).Outcome);

    [Fact]
    public void No_policies_and_no_security_defaults_is_not_met() =>
        Assert.Equal(Outcome.NotMet, Check(Given.Evidence()).Outcome);

    [Fact]
    public void Scope_subjects_read_in_danish_with_the_names_as_they_are()
    {
        var targeted = Check(Given.MfaForAll(users: new PolicyUsers(["u-1"], [], ["grp-finance"], [], [PrivilegedRoles.GlobalAdministrator], [])))
            .Findings.Single(f => f.Code == "policy.scope.users");
        Assert.Equal(["u-1", "group grp-finance", $"role Global Administrator ({PrivilegedRoles.GlobalAdministrator})"], targeted.Subjects);
        Assert.Equal(["u-1", "gruppe grp-finance", $"rolle Global Administrator ({PrivilegedRoles.GlobalAdministrator})"], targeted.SubjectsIn("da"));

        var narrowed = Check(Given.MfaForAll(narrowing: new PolicyNarrowing(["loc-1"], ["AllTrusted"], ["iOS"], ["high"], ["medium"])))
            .Findings.Single(f => f.Code == "policy.scope.conditions");
        Assert.Equal(["included locations: loc-1", "excluded locations: AllTrusted", "platforms: iOS", "sign-in risk: high", "user risk: medium"], narrowed.Subjects);
        Assert.Equal(["medtagne placeringer: loc-1", "udeladte placeringer: AllTrusted", "platforme: iOS", "logonrisiko: high", "brugerrisiko: medium"],
            narrowed.SubjectsIn("da"));

        var browsersOnly = Check(Given.MfaForAll(clientAppTypes: ["browser"])).Findings.Single(f => f.Code == "mfa.enforcement.clients");
        Assert.Equal(["missing mobileAppsAndDesktopClients"], browsersOnly.Subjects);
        Assert.Equal(["mangler mobileAppsAndDesktopClients"], browsersOnly.SubjectsIn("da"));
    }
}
