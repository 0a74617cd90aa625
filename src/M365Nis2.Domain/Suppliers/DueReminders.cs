namespace M365Nis2.Domain.Suppliers;

/// <summary>A reminder to send now, and every marker it stands for (store them all once sent).</summary>
/// <param name="Marker">Identifies the point and the due date, e.g. <c>2027-03-10:d-30</c>; a moved due date gets new markers.</param>
public sealed record DueReminder(string Marker, int DaysBefore, bool Overdue, IReadOnlyList<string> Covers);

/// <summary>
/// Reminder points before a due date (assessment, certificate expiry), each sent once. When several points passed unsent
/// (the daily job was down), only the latest is sent and covers the others, so nobody gets a burst. After the due date an
/// optional repeat every N days, marked by its ordinal so each repeat is also sent once.
/// </summary>
public static class DueReminders
{
    public static IReadOnlyList<int> AssessmentDays { get; } = [30, 7, 0];

    public const int AssessmentOverdueEveryDays = 14;

    /// <param name="daysBefore">Points in days before <paramref name="due"/>, any order; 0 is the due day itself.</param>
    /// <param name="overdueEveryDays">Repeat interval after the due date; 0 for none.</param>
    public static DueReminder? Next(DateOnly due, DateOnly today, IReadOnlyList<int> daysBefore, int overdueEveryDays,
        IReadOnlySet<string> sentMarkers)
    {
        var prefix = due.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var points = daysBefore.Distinct().OrderDescending()
            .Select(d => (Marker: $"{prefix}:d-{d}", On: due.AddDays(-d), Days: d, Overdue: false)).ToList();
        if (overdueEveryDays > 0 && today > due)
        {
            var repeats = (today.DayNumber - due.DayNumber) / overdueEveryDays;
            for (var n = 1; n <= repeats; n++)
                points.Add(($"{prefix}:o-{n}", due.AddDays(n * overdueEveryDays), -n * overdueEveryDays, true));
        }

        var passed = points.Where(p => p.On <= today).ToList();
        if (passed.Count == 0 || sentMarkers.Contains(passed[^1].Marker))
            return null;
        var latest = passed[^1];
        var covers = passed.Select(p => p.Marker).Where(m => !sentMarkers.Contains(m)).ToList();
        return new DueReminder(latest.Marker, Math.Max(latest.Days, 0), latest.Overdue, covers);
    }
}
