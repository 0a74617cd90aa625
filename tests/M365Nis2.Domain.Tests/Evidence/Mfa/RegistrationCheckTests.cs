using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;

namespace M365Nis2.Domain.Tests.Evidence.Mfa;

public class RegistrationCheckTests
{
    private static CheckResult Check(IEnumerable<UserRegistration> users, MfaRuleOptions? options = null) =>
        RegistrationCheck.Evaluate(Given.Tally(users, options), options ?? Given.Options);

    [Theory]
    [InlineData(100, 100, Outcome.Met)]
    [InlineData(100, 95, Outcome.Met)]
    [InlineData(100, 94, Outcome.PartiallyMet)]
    [InlineData(100, 80, Outcome.PartiallyMet)]
    [InlineData(100, 79, Outcome.NotMet)]
    [InlineData(20, 19, Outcome.Met)]
    [InlineData(3, 2, Outcome.NotMet)]
    public void Member_coverage_is_judged_against_the_thresholds_inclusively(int total, int registered, Outcome expected) =>
        Assert.Equal(expected, Check(Given.Members(total, registered)).Outcome);

    [Fact]
    public void Exactly_95_percent_of_a_large_tenant_is_met_without_rounding_error() =>
        Assert.Equal(Outcome.Met, Check(Given.Members(100_000, 95_000)).Outcome);

    [Fact]
    public void Just_below_95_percent_is_only_partially_met() =>
        Assert.Equal(Outcome.PartiallyMet, Check(Given.Members(100_000, 94_999)).Outcome);

    [Fact]
    public void Custom_thresholds_are_honoured()
    {
        var strict = Given.Options with { MemberRegistrationMetPercent = 100m, MemberRegistrationPartialPercent = 99m };
        Assert.Equal(Outcome.PartiallyMet, Check(Given.Members(100, 99), strict).Outcome);
        Assert.Equal(Outcome.NotMet, Check(Given.Members(100, 98), strict).Outcome);
    }

    [Fact]
    public void Unregistered_flagged_admin_makes_it_not_met_and_is_named()
    {
        var result = Check([.. Given.Members(100, 100), Given.Admin("boss", registered: false)]);

        Assert.Equal(Outcome.NotMet, result.Outcome);
        var finding = Assert.Single(result.Findings, f => f.Severity == FindingSeverity.High);
        Assert.Contains("Admin boss (boss@contoso.com)", finding.Subjects);
    }

    [Fact]
    public void Holder_of_a_privileged_role_counts_as_admin_even_without_the_isAdmin_flag()
    {
        var result = Check([.. Given.Members(100, 100), Given.Admin(Given.AdminId, registered: false, flagged: false)]);

        Assert.Equal(Outcome.NotMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Subjects.Contains($"Admin {Given.AdminId} ({Given.AdminId}@contoso.com)"));
    }

    [Fact]
    public void Holder_of_a_role_outside_the_privileged_list_is_not_an_admin()
    {
        var tally = RegistrationAccumulator.Tally(
            [.. Given.Members(100, 100), Given.Member("reader", registered: false)],
            Given.Options,
            [new RoleAssignment("88d8e3e3-8f55-4a1e-953a-9b9898b8876b", "reader")]); // Directory Readers

        Assert.Equal(0, tally.Admins);
        Assert.Equal(Outcome.Met, RegistrationCheck.Evaluate(tally, Given.Options).Outcome);
    }

    [Fact]
    public void Without_role_assignments_admins_are_recognised_by_flag_and_the_gap_is_said()
    {
        var tally = RegistrationAccumulator.Tally([.. Given.Members(10, 10), Given.Admin("a", true)], Given.Options, null);
        var result = RegistrationCheck.Evaluate(tally, Given.Options);

        Assert.Equal(1, tally.Admins);
        Assert.Equal(Outcome.Met, result.Outcome);
        Assert.Contains(result.Findings, f => f.Severity == FindingSeverity.Low && f.Message.Contains("isAdmin", StringComparison.Ordinal));
    }

    [Fact]
    public void Guests_are_left_out_of_the_ratio_and_reported_separately()
    {
        var users = Given.Members(100, 95).Concat(Enumerable.Range(0, 50).Select(i => Given.Guest($"g{i}", registered: false)));
        var tally = Given.Tally(users);
        var result = RegistrationCheck.Evaluate(tally, Given.Options);

        Assert.Equal(Outcome.Met, result.Outcome);
        Assert.Equal(100, tally.EnabledMembers);
        Assert.Equal(50, tally.Guests);
        Assert.Contains(result.Findings, f => f.Message.StartsWith("50 guest(s) left out", StringComparison.Ordinal));
    }

    [Fact]
    public void Disabled_accounts_are_left_out_of_the_ratio()
    {
        var users = Given.Members(95, 95).Concat(Enumerable.Range(0, 10).Select(i => Given.Member($"d{i}", false, enabled: false)));
        var tally = Given.Tally(users);

        Assert.Equal(10, tally.DisabledSkipped);
        Assert.Equal(Outcome.Met, RegistrationCheck.Evaluate(tally, Given.Options).Outcome);
    }

    [Fact]
    public void Unregistered_members_are_named()
    {
        var result = Check(Given.Members(20, 19));
        Assert.Contains(result.Findings, f => f.Subjects.SequenceEqual(["User u19 (u19@contoso.com)"]));
    }

    [Fact]
    public void Missing_permission_is_unknown_with_the_permission_named()
    {
        var tally = new RegistrationAccumulator(Given.Options, null).Fail(CollectionStatus.Forbidden("AuditLog.Read.All"));
        var result = RegistrationCheck.Evaluate(tally, Given.Options);

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Contains("missing permission AuditLog.Read.All", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_licence_is_unknown_with_the_licence_named()
    {
        var tally = new RegistrationAccumulator(Given.Options, null).Fail(CollectionStatus.LicenceRequired("Entra ID P1/P2"));
        var result = RegistrationCheck.Evaluate(tally, Given.Options);

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Contains("requires Entra ID P1/P2", Assert.Single(result.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Failure_after_some_pages_is_unknown_not_judged_on_the_partial_data()
    {
        var accumulator = new RegistrationAccumulator(Given.Options, null);
        accumulator.AddPage(Given.Members(100, 100));
        var result = RegistrationCheck.Evaluate(accumulator.Fail(CollectionStatus.Failed("HTTP 503 on page 2")), Given.Options);

        Assert.Equal(Outcome.Unknown, result.Outcome);
        Assert.Contains("HTTP 503 on page 2", result.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_report_is_unknown_never_met() =>
        Assert.Equal(Outcome.Unknown, Check([]).Outcome);

    [Fact]
    public void Tenant_of_only_guests_is_unknown() =>
        Assert.Equal(Outcome.Unknown, Check([Given.Guest("g", true)]).Outcome);

    [Fact]
    public void Fail_refuses_an_ok_status() =>
        Assert.Throws<ArgumentException>(() => new RegistrationAccumulator(Given.Options, null).Fail(CollectionStatus.Ok));
}
