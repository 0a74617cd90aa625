using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Hygiene;

namespace M365Nis2.Domain.Tests.Evidence.Hygiene;

public class HygieneChecksTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    private static DirectoryUser User(int n, int? lastSignInDaysAgo = 1, bool guest = false, bool enabled = true, int createdDaysAgo = 400) =>
        new($"u{n}", $"user{n}@contoso.dk", $"User {n}", guest, enabled, Now.AddDays(-createdDaysAgo), lastSignInDaysAgo is { } d ? Now.AddDays(-d) : null);

    private static UserActivityTally Tally(IEnumerable<DirectoryUser> users, HygieneRuleOptions? options = null)
    {
        var accumulator = new UserActivityAccumulator(options ?? HygieneRuleOptions.Default, Now);
        foreach (var u in users)
            accumulator.Add(u);
        return accumulator.Complete();
    }

    private static HygieneEvidence Evidence(IReadOnlyList<AccessReview>? reviews = null, IReadOnlyList<DirectoryAuditEvent>? audits = null) =>
        new(Collected.Ok(reviews ?? []), Collected.Ok(audits ?? []));

    [Theory]
    [InlineData(2, Outcome.Met)]
    [InlineData(3, Outcome.PartiallyMet)]
    [InlineData(5, Outcome.PartiallyMet)]
    [InlineData(6, Outcome.NotMet)]
    public void Inactive_members_are_judged_against_the_thresholds(int inactive, Outcome expected)
    {
        var users = Enumerable.Range(0, 100).Select(i => User(i, i < inactive ? 91 : 10));
        Assert.Equal(expected, InactiveAccountsCheck.Evaluate(Tally(users), HygieneRuleOptions.Default).Outcome);
    }

    [Fact]
    public void Never_signed_in_old_accounts_are_inactive_new_ones_are_not_judged_and_disabled_ones_are_skipped()
    {
        var tally = Tally([User(1, null), User(2, null, createdDaysAgo: 10), User(3, null, enabled: false), User(4)]);
        Assert.Equal(1, tally.InactiveMembers.Total);
        Assert.Equal(1, tally.TooNewToJudge);
        Assert.Equal(1, tally.Disabled);
        Assert.Contains("User 1 (user1@contoso.dk), never signed in", tally.InactiveMembers.Names);
    }

    [Fact]
    public void Unreadable_sign_in_activity_is_unknown_naming_the_reason()
    {
        var tally = new UserActivityAccumulator(HygieneRuleOptions.Default, Now).Fail(CollectionStatus.LicenceRequired("Microsoft Entra ID P1 or P2"));
        var check = InactiveAccountsCheck.Evaluate(tally, HygieneRuleOptions.Default);
        Assert.Equal(Outcome.Unknown, check.Outcome);
        Assert.Contains("P1 or P2", check.Findings[0].Message, StringComparison.Ordinal);
        Assert.Equal(Outcome.Unknown, GuestAccountsCheck.Evaluate(tally, HygieneRuleOptions.Default).Outcome);
    }

    [Fact]
    public void Guests_met_when_all_active_partially_met_up_to_a_quarter_inactive_then_not_met()
    {
        Assert.Equal(Outcome.Met, GuestAccountsCheck.Evaluate(Tally([User(1, 5, guest: true)]), HygieneRuleOptions.Default).Outcome);
        Assert.Equal(Outcome.PartiallyMet, GuestAccountsCheck.Evaluate(Tally([User(1, 200, true), User(2, 5, true), User(3, 5, true), User(4, 5, true)]), HygieneRuleOptions.Default).Outcome);
        var check = GuestAccountsCheck.Evaluate(Tally([User(1, null, true), User(2, 5, true)]), HygieneRuleOptions.Default);
        Assert.Equal(Outcome.NotMet, check.Outcome);
        Assert.Contains("User 1 (user1@contoso.dk), never signed in", check.Findings[1].Subjects);
    }

    [Fact]
    public void No_guests_is_met() => Assert.Equal(Outcome.Met, GuestAccountsCheck.Evaluate(Tally([User(1)]), HygieneRuleOptions.Default).Outcome);

    [Fact]
    public void Access_reviews_met_when_one_completed_within_the_period()
    {
        var reviews = new[] { new AccessReview("r1", "Guests quarterly", "InProgress", Now.AddDays(-80)), new AccessReview("r2", "Admins", "NotStarted", null) };
        var check = AccessReviewsCheck.Evaluate(Evidence(reviews), HygieneRuleOptions.Default, Now);
        Assert.Equal(Outcome.Met, check.Outcome);
        Assert.Contains("Admins (NotStarted, never completed)", check.Findings[1].Subjects);
    }

    [Fact]
    public void Access_reviews_that_never_completed_in_time_are_partially_met_and_none_at_all_not_met()
    {
        Assert.Equal(Outcome.PartiallyMet, AccessReviewsCheck.Evaluate(Evidence([new AccessReview("r", "Old", "Completed", Now.AddDays(-400))]), HygieneRuleOptions.Default, Now).Outcome);
        Assert.Equal(Outcome.NotMet, AccessReviewsCheck.Evaluate(Evidence([]), HygieneRuleOptions.Default, Now).Outcome);
    }

    [Fact]
    public void Access_reviews_without_licence_are_unknown()
    {
        var evidence = new HygieneEvidence(Collected.NotCollected<IReadOnlyList<AccessReview>>(CollectionStatus.LicenceRequired("Microsoft Entra ID Governance or P2")),
            Collected.Ok<IReadOnlyList<DirectoryAuditEvent>>([]));
        Assert.Equal(Outcome.Unknown, AccessReviewsCheck.Evaluate(evidence, HygieneRuleOptions.Default, Now).Outcome);
    }

    [Fact]
    public void Privileged_changes_are_listed_and_met_when_made_through_pim()
    {
        var audits = new[]
        {
            new DirectoryAuditEvent("1", "Add member to role completed (PIM activation)", "RoleManagement", Now.AddDays(-2), "jonas@contoso.dk", "Global Administrator", "success", "PIM"),
            new DirectoryAuditEvent("2", "Update conditional access policy", "Policy", Now.AddDays(-3), "jonas@contoso.dk", "CA001", "success", "Conditional Access"),
            new DirectoryAuditEvent("3", "Update user", "UserManagement", Now.AddDays(-3), "x", "y", "success", "Core Directory"),
        };
        var check = PrivilegedChangesCheck.Evaluate(Evidence(audits: audits), HygieneRuleOptions.Default);
        Assert.Equal(Outcome.Met, check.Outcome);
        Assert.StartsWith("1 privileged role change(s) and 1 Conditional Access change(s)", check.Findings[0].Message, StringComparison.Ordinal);
        Assert.Equal(2, check.Findings[0].Subjects.Count);
    }

    [Fact]
    public void Role_assignment_outside_pim_and_deleted_ca_policy_are_partially_met()
    {
        var audits = new[]
        {
            new DirectoryAuditEvent("1", "Add member to role", "RoleManagement", Now.AddDays(-2), "nikolaj@contoso.dk", "User Administrator: ole@contoso.dk", "success", "Core Directory"),
            new DirectoryAuditEvent("2", "Delete conditional access policy", "Policy", Now.AddDays(-3), "nikolaj@contoso.dk", "CA004", "success", "Conditional Access"),
        };
        var check = PrivilegedChangesCheck.Evaluate(Evidence(audits: audits), HygieneRuleOptions.Default);
        Assert.Equal(Outcome.PartiallyMet, check.Outcome);
        Assert.Equal(3, check.Findings.Count);
    }

    [Fact]
    public void Unreadable_audit_log_is_unknown() =>
        Assert.Equal(Outcome.Unknown, PrivilegedChangesCheck.Evaluate(new HygieneEvidence(Collected.Ok<IReadOnlyList<AccessReview>>([]),
            Collected.NotCollected<IReadOnlyList<DirectoryAuditEvent>>(CollectionStatus.Forbidden("AuditLog.Read.All"))), HygieneRuleOptions.Default).Outcome);

    [Fact]
    public void Evaluation_speaks_to_i_and_f()
    {
        var evaluation = HygieneEvaluator.Evaluate(Tally([User(1)]), Evidence(), HygieneRuleOptions.Default, Now);
        Assert.Equal(3, evaluation.For("art21.2.i").Count);
        Assert.Single(evaluation.For("art21.2.f"));
    }

    [Fact]
    public void Invalid_options_are_reported()
    {
        Assert.NotEmpty(new HygieneRuleOptions(AuditDays: 60).Validate());
        Assert.NotEmpty(new HygieneRuleOptions(InactiveMetPercent: 10, InactivePartialPercent: 5).Validate());
        Assert.Empty(HygieneRuleOptions.Default.Validate());
    }

    [Fact]
    public void Named_accounts_reviews_and_changes_read_in_danish_with_the_names_as_they_are()
    {
        var inactive = InactiveAccountsCheck.Evaluate(Tally([User(1, null), User(2, 100), User(3)]), HygieneRuleOptions.Default).Findings[1];
        Assert.Equal(["User 1 (user1@contoso.dk), never signed in", "User 2 (user2@contoso.dk), last sign-in 2026-08-21"], inactive.Subjects);
        Assert.Equal(["User 1 (user1@contoso.dk), aldrig logget på", "User 2 (user2@contoso.dk), sidste logon 2026-08-21"], inactive.SubjectsIn("da"));
        var guests = GuestAccountsCheck.Evaluate(Tally([User(4, null, guest: true)]), HygieneRuleOptions.Default).Findings[1];
        Assert.Equal(["User 4 (user4@contoso.dk), aldrig logget på"], guests.SubjectsIn("da"));

        var reviews = AccessReviewsCheck.Evaluate(Evidence([new AccessReview("r1", "Guests quarterly", "InProgress", Now.AddDays(-80)),
            new AccessReview("r2", "Admins", "NotStarted", null), new AccessReview("r3", "Old", "Completed", Now.AddDays(-400))]), HygieneRuleOptions.Default, Now);
        Assert.Equal(["Guests quarterly (completed 2026-09-10)"], reviews.Findings[0].Subjects);
        Assert.Equal(["Guests quarterly (afsluttet 2026-09-10)"], reviews.Findings[0].SubjectsIn("da"));
        Assert.Equal(["Admins (NotStarted, never completed)", "Old (last completed 2025-10-25)"], reviews.Findings[1].Subjects);
        Assert.Equal(["Admins (NotStarted, aldrig afsluttet)", "Old (sidst afsluttet 2025-10-25)"], reviews.Findings[1].SubjectsIn("da"));

        var changes = PrivilegedChangesCheck.Evaluate(Evidence(audits: [new DirectoryAuditEvent("1", "Add member to role", "RoleManagement", Now.AddDays(-2),
            "nikolaj@contoso.dk", "User Administrator: ole@contoso.dk", "success", "Core Directory")]), HygieneRuleOptions.Default);
        Assert.Equal(["2026-11-27 12:00 Add member to role: User Administrator: ole@contoso.dk by nikolaj@contoso.dk (success)"], changes.Findings[0].Subjects);
        Assert.Equal(["2026-11-27 12:00 Add member to role: User Administrator: ole@contoso.dk af nikolaj@contoso.dk (gennemført)"], changes.Findings[1].SubjectsIn("da"));
    }
}
