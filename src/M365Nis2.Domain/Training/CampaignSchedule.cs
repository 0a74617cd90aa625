namespace M365Nis2.Domain.Training;

/// <summary>
/// Recurring awareness campaigns (e.g. quarterly phishing refreshers): when the next campaign is due, and which
/// recipients the CISO may send to again.
/// </summary>
public static class CampaignSchedule
{
    /// <summary>Monthly, quarterly, half-yearly, yearly.</summary>
    public static readonly IReadOnlyList<int> AllowedMonths = [1, 3, 6, 12];

    public static string? CheckEvery(int? everyMonths) =>
        everyMonths is { } m && AllowedMonths.Contains(m) ? null : $"everyMonths must be one of {string.Join(", ", AllowedMonths)}.";

    /// <summary>
    /// The first occurrence after <paramref name="now"/> on the schedule's rhythm from <paramref name="due"/>. Occurrences
    /// missed while the app was down are skipped, not caught up: one campaign goes out, not a burst of them.
    /// </summary>
    public static DateTimeOffset NextAfter(DateTimeOffset due, int everyMonths, DateTimeOffset now)
    {
        if (CheckEvery(everyMonths) is { } problem)
            throw new ArgumentOutOfRangeException(nameof(everyMonths), problem);
        var next = due;
        for (var n = 1; next <= now; n++)
        {
            next = due.AddMonths(everyMonths * n); // from the anchor, so 31 Jan + 1 month does not drift to the 28th for good
        }
        return next;
    }

    /// <summary>
    /// Whom "resend" reaches again: those never reached (failed after the retries) and those whose prompt may not have
    /// arrived (unknown). Prompted and completed people already have it; an opt-out is respected.
    /// </summary>
    public static bool MayResend(string state) => state is nameof(RecipientState.Failed) or "Unknown";
}
