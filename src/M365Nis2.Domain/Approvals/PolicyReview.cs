namespace M365Nis2.Domain.Approvals;

public enum ReviewState
{
    /// <summary>No approved version yet.</summary>
    NeverApproved = 0,
    Current,
    /// <summary>The next review is due within the window (default 30 days).</summary>
    ReviewDueSoon,
    /// <summary>The review date has passed: re-approval is due.</summary>
    Overdue,
}

/// <summary>Where a policy stands in its review cycle.</summary>
/// <param name="NextReviewDue">Decision date + review period; null when never approved.</param>
public sealed record ReviewStatus(ReviewState State, DateOnly? NextReviewDue);

/// <summary>The review cycle: a policy is due for re-approval a number of months after its last approval.</summary>
public static class PolicyReview
{
    public const int DefaultDueSoonDays = 30;

    /// <summary>
    /// The review status on <paramref name="today"/>. Due on <c>approvedOn + reviewPeriodMonths</c> (calendar months; 31 Jan + 1
    /// month is 28/29 Feb); overdue from the day after; due soon from <paramref name="dueSoonDays"/> days before, inclusive.
    /// </summary>
    public static ReviewStatus Evaluate(DateOnly? approvedOn, int reviewPeriodMonths, DateOnly today, int dueSoonDays = DefaultDueSoonDays)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(reviewPeriodMonths, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        if (approvedOn is not { } approved)
            return new(ReviewState.NeverApproved, null);
        var due = approved.AddMonths(reviewPeriodMonths);
        var state = today > due ? ReviewState.Overdue
            : today >= due.AddDays(-dueSoonDays) ? ReviewState.ReviewDueSoon
            : ReviewState.Current;
        return new(state, due);
    }

    /// <summary>The status from the last <see cref="Decision.Approved"/> round among <paramref name="rounds"/>, dated in <paramref name="zone"/>.</summary>
    public static ReviewStatus Evaluate(IEnumerable<ApprovalRound> rounds, int reviewPeriodMonths, DateTimeOffset now, TimeZoneInfo zone,
        int dueSoonDays = DefaultDueSoonDays)
    {
        var last = rounds.Where(r => r.Decision == Decision.Approved && r.DecidedAt is not null).MaxBy(r => r.DecidedAt);
        DateOnly? approvedOn = last is null ? null : LocalDate(last.DecidedAt!.Value, zone);
        return Evaluate(approvedOn, reviewPeriodMonths, LocalDate(now, zone), dueSoonDays);
    }

    private static DateOnly LocalDate(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
}
