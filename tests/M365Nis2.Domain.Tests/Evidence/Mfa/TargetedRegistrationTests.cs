using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;

namespace M365Nis2.Domain.Tests.Evidence.Mfa;

/// <summary>The targeted tally (unregistered rows + admin rows + totals) must equal the full scan's, or say why not.</summary>
public class TargetedRegistrationTests
{
    private const string GlobalAdmin = "62e90394-69f5-4237-9190-012177145e10";
    private const string NotPrivileged = "88d8e3e3-8f55-4a1e-953a-9b9898b8876b"; // Directory Readers

    [Theory]
    [InlineData(0, 0, 1)]
    [InlineData(1, 50, 2)]
    [InlineData(40, 3, 3)]
    [InlineData(2_500, 50, 4)]
    [InlineData(20_000, 5, 5)]
    public void Equals_the_full_scan_tally_and_evaluation(int size, int limit, int seed)
    {
        var options = Given.Options with { NamedOffenderLimit = limit == 0 ? 1 : limit };
        var (users, roles) = Tenant(size, seed);

        var full = RegistrationAccumulator.Tally(users, options, roles);
        var targeted = Targeted(users, roles, options);

        Assert.True(targeted.Agrees, targeted.Disagreement);
        AssertSame(full, targeted.Tally!);
        var a = MfaEvaluator.Evaluate(Given.WellConfigured(), full, options);
        var b = MfaEvaluator.Evaluate(Given.WellConfigured(), targeted.Tally!, options);
        Assert.Equal(a.Overall, b.Overall);
        Assert.Equal(Findings(a), Findings(b));
    }

    [Fact]
    public void A_registered_row_from_the_unregistered_filter_is_a_disagreement()
    {
        var t = new TargetedRegistration(Given.Options, []);
        t.AddUnregistered(Given.Member("m1", registered: true));
        var outcome = t.Complete(new RegistrationTotals(1, 0, 1), 0);
        Assert.False(outcome.Agrees);
        Assert.Contains("registered row", outcome.Disagreement, StringComparison.Ordinal);
    }

    [Fact]
    public void A_non_admin_or_repeated_row_from_the_admin_filter_is_a_disagreement()
    {
        var t = new TargetedRegistration(Given.Options, []);
        t.AddAdmin(Given.Member("m1", registered: true));
        Assert.Contains("not flagged isAdmin", t.Complete(new RegistrationTotals(1, 0, 1), 0).Disagreement, StringComparison.Ordinal);

        var twice = new TargetedRegistration(Given.Options, []);
        twice.AddAdmin(Given.Admin("a1", registered: true));
        twice.AddAdmin(Given.Admin("a1", registered: true));
        Assert.Contains("twice", twice.Complete(new RegistrationTotals(1, 0, 1), 0).Disagreement, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(10, 0, 11, "report holds 11 rows")]
    [InlineData(1, 0, 1, "unregistered members read")]
    [InlineData(10, -1, 9, "negative")]
    public void Totals_that_do_not_add_up_are_a_disagreement(int members, int guests, int reportRows, string expected)
    {
        var t = new TargetedRegistration(Given.Options, []);
        t.AddUnregistered(Given.Member("m1", registered: false));
        t.AddUnregistered(Given.Member("m2", registered: false));
        var outcome = t.Complete(new RegistrationTotals(members, guests, reportRows), 0);
        Assert.Null(outcome.Tally);
        Assert.Contains(expected, outcome.Disagreement, StringComparison.Ordinal);
    }

    [Fact]
    public void More_unregistered_guests_than_the_directory_counts_is_a_disagreement()
    {
        var t = new TargetedRegistration(Given.Options, []);
        t.AddUnregistered(Given.Guest("g1", registered: false));
        Assert.Contains("guests read", t.Complete(new RegistrationTotals(1, 0, 1), 0).Disagreement, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unregistered_admin_missing_from_one_filter_is_a_disagreement()
    {
        var t = new TargetedRegistration(Given.Options, []);
        t.AddUnregistered(Given.Admin("a1", registered: false));
        var outcome = t.Complete(new RegistrationTotals(5, 0, 5), 0);
        Assert.Contains("unregistered admins", outcome.Disagreement, StringComparison.Ordinal);
    }

    [Fact]
    public void Privileged_principals_seen_in_neither_read_are_left_to_the_caller_and_counted_as_registered_admins()
    {
        RoleAssignment[] roles = [new(GlobalAdmin, "hidden"), new(GlobalAdmin, "a1"), new(GlobalAdmin, "u1"), new(NotPrivileged, "reader")];
        var t = new TargetedRegistration(Given.Options, roles);
        t.AddUnregistered(Given.Member("u1", registered: false)); // privileged, not flagged, unregistered: seen here
        t.AddAdmin(Given.Admin("a1", registered: true));

        Assert.Equal(["hidden"], t.UnresolvedPrivilegedIds());
        var tally = t.Complete(new RegistrationTotals(10, 0, 10), registeredHiddenAdmins: 1).Tally!;
        Assert.Equal(3, tally.Admins);
        Assert.Equal(1, tally.UnregisteredAdmins.Total);
        Assert.Equal(9, tally.RegisteredMembers);
    }

    private static TargetedOutcome Targeted(List<UserRegistration> users, IReadOnlyCollection<RoleAssignment> roles, MfaRuleOptions options)
    {
        var t = new TargetedRegistration(options, roles);
        foreach (var u in users.Where(u => !u.IsMfaRegistered))
            t.AddUnregistered(u);
        foreach (var u in users.Where(u => u.IsAdmin))
            t.AddAdmin(u);
        var inReport = users.Select(u => u.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var hidden = t.UnresolvedPrivilegedIds().Count(inReport.Contains);
        var totals = new RegistrationTotals(users.Count(u => u.UserType == UserKind.Member), users.Count(u => u.UserType == UserKind.Guest), users.Count);
        return t.Complete(totals, hidden);
    }

    /// <summary>Members, guests and admins in a seeded mix; some admins only by role (not flagged), roles held by groups too.</summary>
    private static (List<UserRegistration>, IReadOnlyCollection<RoleAssignment>) Tenant(int size, int seed)
    {
        var random = new Random(seed);
        var users = new List<UserRegistration>(size);
        var roles = new List<RoleAssignment> { new(GlobalAdmin, "group-not-a-row"), new(NotPrivileged, "u0") };
        for (var i = 0; i < size; i++)
        {
            var id = $"u{i}";
            var flagged = random.Next(100) < 2;
            var hidden = !flagged && random.Next(200) == 0;
            var guest = random.Next(100) < 5;
            var registered = random.Next(100) < 90;
            users.Add(new UserRegistration(id, $"{id}@contoso.com", $"User {id}", flagged, registered, guest ? UserKind.Guest : UserKind.Member));
            if (flagged || hidden)
                roles.Add(new RoleAssignment(GlobalAdmin, id));
        }
        return (users, roles);
    }

    private static void AssertSame(RegistrationTally full, RegistrationTally targeted)
    {
        Assert.Equal(full.Status, targeted.Status);
        Assert.Equal(
            (full.EnabledMembers, full.RegisteredMembers, full.Guests, full.RegisteredGuests, full.DisabledSkipped, full.Admins, full.RoleAssignmentsUsed),
            (targeted.EnabledMembers, targeted.RegisteredMembers, targeted.Guests, targeted.RegisteredGuests, targeted.DisabledSkipped, targeted.Admins, targeted.RoleAssignmentsUsed));
        Assert.Equal(full.UnregisteredMembers.Names, targeted.UnregisteredMembers.Names);
        Assert.Equal(full.UnregisteredMembers.Total, targeted.UnregisteredMembers.Total);
        Assert.Equal(full.UnregisteredAdmins.Names, targeted.UnregisteredAdmins.Names);
        Assert.Equal(full.UnregisteredAdmins.Total, targeted.UnregisteredAdmins.Total);
    }

    private static List<(Outcome, string, string)> Findings(MfaEvaluation e) =>
        [.. e.Checks.SelectMany(c => c.Findings.Select(f => (c.Outcome, f.Message, string.Join("|", f.Subjects))))];
}
