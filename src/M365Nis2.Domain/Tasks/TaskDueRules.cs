namespace M365Nis2.Domain.Tasks;

/// <summary>What is stored about a task's progress (the due state is derived from it and the date).</summary>
public enum TaskLifecycle
{
    Open = 0,
    Done,
    /// <summary>Closed without being done (duplicate, no longer relevant), with a reason.</summary>
    Cancelled,
}

/// <summary>What a task shows on a given day.</summary>
public enum TaskDueState
{
    Open = 0,
    /// <summary>Due within the due-soon window (inclusive of the due day).</summary>
    DueSoon,
    /// <summary>The due day has passed (the due date is the last day to do it).</summary>
    Overdue,
    /// <summary>The owner asked for more time; the manager has not decided yet. The original due date still applies.</summary>
    ExtensionRequested,
    Done,
    Cancelled,
}

/// <summary>The owner's request for more time, waiting for the manager (CISO).</summary>
public sealed record ExtensionRequest(DateOnly RequestedDue, string Reason, string RequestedBy, DateTimeOffset RequestedAt);

/// <summary>A task's due state on one day.</summary>
/// <param name="DueDate">The due date in force (the granted one after an extension).</param>
/// <param name="DaysLeft">Days from today to the due date: 0 on the due day, negative when overdue.</param>
/// <param name="PastDue">True when the due date has passed and the task is not closed, also while an extension is pending.</param>
/// <param name="Extended">An extension was granted (the due date differs from the original one).</param>
public sealed record TaskDueStatus(TaskDueState State, DateOnly DueDate, int DaysLeft, bool PastDue, bool Extended)
{
    /// <summary>Open work that counts as a deviation on the board summary: overdue, or past due with a request pending.</summary>
    public bool IsDeviation => PastDue;

    public bool IsClosed => State is TaskDueState.Done or TaskDueState.Cancelled;
}

/// <summary>
/// Due-state rules. Dates are calendar days in the organisation's time zone: a task due on 15 March can be done all of
/// 15 March and is overdue from 16 March. Closed wins over everything; a pending extension request shows as such (the
/// manager has to act) but does not stop the clock, so the task still counts as past due on the board summary.
/// </summary>
public static class TaskDueRules
{
    public const int DefaultDueSoonDays = 7;

    public static TaskDueStatus Evaluate(TaskLifecycle lifecycle, DateOnly dueDate, DateOnly originalDueDate,
        ExtensionRequest? pending, DateOnly today, int dueSoonDays = DefaultDueSoonDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonDays);
        var daysLeft = dueDate.DayNumber - today.DayNumber;
        var extended = dueDate != originalDueDate;
        var open = lifecycle == TaskLifecycle.Open;
        var pastDue = open && daysLeft < 0;
        var state = lifecycle switch
        {
            TaskLifecycle.Done => TaskDueState.Done,
            TaskLifecycle.Cancelled => TaskDueState.Cancelled,
            _ when pending is not null => TaskDueState.ExtensionRequested,
            _ when daysLeft < 0 => TaskDueState.Overdue,
            _ when daysLeft <= dueSoonDays => TaskDueState.DueSoon,
            _ => TaskDueState.Open,
        };
        return new(state, dueDate, daysLeft, pastDue, extended);
    }

    public static TaskDueStatus Evaluate(FollowUpTask task, DateOnly today, int dueSoonDays = DefaultDueSoonDays) =>
        Evaluate(task.Lifecycle, task.DueDate, task.OriginalDueDate, task.PendingExtension, today, dueSoonDays);
}
