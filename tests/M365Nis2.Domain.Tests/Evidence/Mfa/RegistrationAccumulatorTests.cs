using M365Nis2.Domain.Evidence.Mfa;

namespace M365Nis2.Domain.Tests.Evidence.Mfa;

public class RegistrationAccumulatorTests
{
    private static List<UserRegistration> MixedTenant() =>
    [
        .. Given.Members(1_000, 930),
        .. Enumerable.Range(0, 40).Select(i => Given.Guest($"g{i}", i % 2 == 0)),
        .. Enumerable.Range(0, 5).Select(i => Given.Admin($"adm{i}", registered: i != 3)),
        Given.Member("gone", registered: false, enabled: false),
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(999)]
    public void Feeding_pages_gives_the_same_evaluation_as_one_shot(int pageSize)
    {
        var users = MixedTenant();
        var oneShot = MfaEvaluator.Evaluate(Given.WellConfigured(), Given.Tally(users), Given.Options);

        var accumulator = new RegistrationAccumulator(Given.Options, Given.WellConfigured().RoleAssignments.Value);
        foreach (var page in users.Chunk(pageSize))
            accumulator.AddPage(page);
        var streamed = MfaEvaluator.Evaluate(Given.WellConfigured(), accumulator.Complete(), Given.Options);

        Assert.Equal(oneShot.Registration.Outcome, streamed.Registration.Outcome);
        Assert.Equal(oneShot.Overall, streamed.Overall);
        Assert.Equal(
            oneShot.Registration.Findings.Select(f => (f.Severity, f.Message, string.Join("|", f.Subjects))),
            streamed.Registration.Findings.Select(f => (f.Severity, f.Message, string.Join("|", f.Subjects))));
    }

    [Fact]
    public void Named_offenders_are_bounded_but_the_total_is_exact()
    {
        var options = Given.Options with { NamedOffenderLimit = 50 };
        var accumulator = new RegistrationAccumulator(options, null);
        foreach (var page in Given.Members(100_000, 90_000).Chunk(999))
            accumulator.AddPage(page);
        var tally = accumulator.Complete();

        Assert.Equal(50, tally.UnregisteredMembers.Names.Count);
        Assert.Equal(10_000, tally.UnregisteredMembers.Total);
        Assert.True(tally.UnregisteredMembers.IsTruncated);
        Assert.Equal("User u90000 (u90000@contoso.com)", tally.UnregisteredMembers.Names[0]);

        var finding = Assert.Single(RegistrationCheck.Evaluate(tally, options).Findings, f => f.Subjects.Count > 0);
        Assert.Contains("first 50 of 10000 shown", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unregistered_admins_are_bounded_too()
    {
        var options = Given.Options with { NamedOffenderLimit = 3 };
        var tally = RegistrationAccumulator.Tally(
            Enumerable.Range(0, 10).Select(i => Given.Admin($"a{i}", registered: false)), options, null);

        Assert.Equal(3, tally.UnregisteredAdmins.Names.Count);
        Assert.Equal(10, tally.UnregisteredAdmins.Total);
    }

    [Fact]
    public void Admin_who_is_a_member_counts_in_both_the_member_ratio_and_the_admin_rule()
    {
        var tally = Given.Tally([Given.Admin("a", registered: true), Given.Member("m", registered: true)]);

        Assert.Equal(2, tally.EnabledMembers);
        Assert.Equal(1, tally.Admins);
    }

    [Fact]
    public void Snapshot_does_not_change_when_more_users_are_fed_afterwards()
    {
        var accumulator = new RegistrationAccumulator(Given.Options, null);
        accumulator.AddPage(Given.Members(2, 1));
        var first = accumulator.Complete();
        accumulator.Add(Given.Member("late", registered: false));

        Assert.Single(first.UnregisteredMembers.Names);
        Assert.Equal(2, first.EnabledMembers);
    }
}
