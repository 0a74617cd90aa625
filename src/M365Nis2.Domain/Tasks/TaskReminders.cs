using System.Globalization;

namespace M365Nis2.Domain.Tasks;

public enum TaskReminderKind
{
    BeforeDue = 0,
    Overdue,
}

/// <summary>A reminder to send now to the owner.</summary>
/// <param name="Offset">Days relative to the due date of this point (−7, −1, +1, +8, …).</param>
/// <param name="Marker">Store once sent; it names the due date and the point, so a new due date is reminded afresh.</param>
/// <param name="Covers">This marker and earlier ones missed while the job was not running; store them all.</param>
/// <param name="CopyManager">Escalation: the task is a week or more overdue, so the CISO is told too.</param>
public sealed record TaskReminder(TaskReminderKind Kind, int Offset, string Marker, IReadOnlyList<string> Covers, bool CopyManager);

/// <summary>
/// Reminder points for an open task: 7 days and 1 day before the due date, the day after it, then weekly while overdue
/// (the CISO copied from the second overdue reminder on). Only points after the day the due date was set count (the
/// assignment card already says what is due), nothing is sent while an extension request waits for the CISO (they have
/// to act, not the owner), and when several points were missed only the latest is sent.
/// </summary>
public static class TaskReminders
{
    public static IReadOnlyList<int> BeforeDueDays { get; } = [7, 1];

    public const int OverdueEveryDays = 7;

    public static TaskReminder? Due(FollowUpTask task, IReadOnlySet<string> sentMarkers, DateOnly today)
    {
        if (task.IsClosed || task.PendingExtension is not null)
            return null;
        var passed = Points(task.DueDate, today)
            .Where(p => p.Day > task.DueSetOn && p.Day <= today && !sentMarkers.Contains(p.Marker))
            .ToList();
        if (passed.Count == 0)
            return null;
        var latest = passed[^1];
        return new(latest.Offset < 0 ? TaskReminderKind.BeforeDue : TaskReminderKind.Overdue, latest.Offset, latest.Marker,
            [.. passed.Select(p => p.Marker)], latest.Offset > OverdueEveryDays);
    }

    private static IEnumerable<(DateOnly Day, int Offset, string Marker)> Points(DateOnly due, DateOnly today)
    {
        foreach (var days in BeforeDueDays)
            yield return Point(due, -days);
        for (var offset = 1; due.AddDays(offset) <= today; offset += OverdueEveryDays)
            yield return Point(due, offset);
    }

    private static (DateOnly, int, string) Point(DateOnly due, int offset) =>
        (due.AddDays(offset), offset, $"{due.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}:{offset.ToString("+0;-0", CultureInfo.InvariantCulture)}");
}
