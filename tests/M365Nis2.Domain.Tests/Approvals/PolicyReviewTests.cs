using M365Nis2.Domain.Approvals;

namespace M365Nis2.Domain.Tests.Approvals;

public class PolicyReviewTests
{
    private static readonly DateOnly Approved = new(2025, 3, 15);

    [Fact]
    public void Policy_without_an_approval_is_never_approved() =>
        Assert.Equal(new ReviewStatus(ReviewState.NeverApproved, null), PolicyReview.Evaluate(null, 12, new DateOnly(2026, 1, 1)));

    [Theory]
    [InlineData("2026-02-12", ReviewState.Current)]
    [InlineData("2026-02-13", ReviewState.ReviewDueSoon)]
    [InlineData("2026-03-15", ReviewState.ReviewDueSoon)]
    [InlineData("2026-03-16", ReviewState.Overdue)]
    public void Review_is_due_one_period_after_approval_and_due_soon_within_30_days(string today, ReviewState expected)
    {
        var status = PolicyReview.Evaluate(Approved, 12, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(expected, status.State);
        Assert.Equal(new DateOnly(2026, 3, 15), status.NextReviewDue);
    }

    [Fact]
    public void Review_date_from_the_end_of_a_long_month_falls_on_the_end_of_a_short_month() =>
        Assert.Equal(new DateOnly(2026, 2, 28), PolicyReview.Evaluate(new DateOnly(2025, 8, 31), 6, new DateOnly(2025, 9, 1)).NextReviewDue);

    [Fact]
    public void Review_status_from_rounds_uses_the_latest_approved_round_in_local_time()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Copenhagen");
        var hash = new string('c', 64);
        Approver[] board = [new("a", "A")];
        // 23:30 UTC on 14 March is already 15 March in Copenhagen.
        var approved = ApprovalRound.Start("p", 1, hash, board, QuorumRule.All, new DateTimeOffset(2025, 4, 1, 0, 0, 0, TimeSpan.Zero))
            .CastVote("a", VoteChoice.Approve, null, hash, new DateTimeOffset(2025, 3, 14, 23, 30, 0, TimeSpan.Zero)).Round;
        var rejected = ApprovalRound.Start("p", 2, hash, board, QuorumRule.All, new DateTimeOffset(2025, 12, 1, 0, 0, 0, TimeSpan.Zero))
            .CastVote("a", VoteChoice.Reject, "no", hash, new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero)).Round;

        var status = PolicyReview.Evaluate([approved, rejected], 12, new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero), zone);

        Assert.Equal(new ReviewStatus(ReviewState.Current, new DateOnly(2026, 3, 15)), status);
    }
}
