namespace M365Nis2.Domain.Training;

/// <summary>A board member's training record as the reminder job sees it.</summary>
/// <param name="LastReminderOn">The day the last training reminder was sent, or null.</param>
public sealed record MemberTraining(string ObjectId, string DisplayName, IReadOnlyList<Attendance> Attendances, DateOnly? LastReminderOn);

public sealed record TrainingReminder(MemberTraining Member, TrainingStatus Status);

/// <summary>
/// Who gets a training reminder today, so a daily job does not spam: due soon → once, on the first run inside the window;
/// overdue → on the first run after the due date, then weekly (7 days after the last reminder).
/// </summary>
public static class TrainingReminders
{
    public const int OverdueIntervalDays = 7;

    public static IReadOnlyList<TrainingReminder> Due(IEnumerable<MemberTraining> members, TrainingRule rule, DateOnly today) =>
        [.. members.Select(m => new TrainingReminder(m, rule.Evaluate(m.Attendances, today))).Where(r => ShouldRemind(r, rule, today))];

    private static bool ShouldRemind(TrainingReminder r, TrainingRule rule, DateOnly today)
    {
        var last = r.Member.LastReminderOn;
        return r.Status switch
        {
            { State: TrainingState.DueSoon, DueDate: { } due } => last is null || last < due.AddDays(-rule.DueSoonDays),
            { State: TrainingState.Overdue, DueDate: { } due } => last is null || last <= due || last <= today.AddDays(-OverdueIntervalDays),
            // Never trained: treated like overdue, weekly.
            { State: TrainingState.Never } => last is null || last <= today.AddDays(-OverdueIntervalDays),
            _ => false,
        };
    }
}
