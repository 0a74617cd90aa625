using System.Globalization;
using System.Runtime.Serialization;
using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Tasks;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>
/// One task in the "Tasks" table (PartitionKey "task", RowKey = task id derived from the source key). Dates are stored
/// as yyyy-MM-dd strings: a due date is a calendar day, not an instant.
/// </summary>
public sealed class TaskRow : ITableEntity, INotReachedColumns
{
    public const string Partition = "task";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Title { get; set; } = "";
    public string? Description { get; set; }
    /// <summary>The Danish title when the opener gave one (evidence findings do); English readers and older rows use <see cref="Title"/>.</summary>
    public string? TitleDa { get; set; }
    public string? DescriptionDa { get; set; }
    public string OwnerId { get; set; } = "";
    /// <summary>Display name when known (resolved when opened from the tab); the CISO and the board see it.</summary>
    public string? OwnerName { get; set; }
    public string DueDate { get; set; } = "";
    public string OriginalDueDate { get; set; } = "";
    public string DueSetOn { get; set; } = "";
    public string Lifecycle { get; set; } = nameof(TaskLifecycle.Open);
    /// <summary>Comma-separated catalogue ids.</summary>
    public string Measures { get; set; } = "";
    public string SourceKind { get; set; } = "";
    public string SourceId { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public string? PendingDue { get; set; }
    public string? PendingReason { get; set; }
    public string? PendingBy { get; set; }
    public DateTimeOffset? PendingAt { get; set; }
    public int ExtensionsGranted { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedBy { get; set; }
    /// <summary>Comma-separated vault artefact ids of evidence files attached to the task.</summary>
    public string EvidenceIds { get; set; } = "";
    /// <summary>Reminder markers already sent (comma-separated), see <see cref="TaskReminders"/>.</summary>
    public string RemindersSent { get; set; } = "";
    /// <summary>Card delivery to the owner: Pending → Sending → Sent / Unknown / Failed (see the notifier job).</summary>
    public string CardState { get; set; } = TaskCardStates.Pending;
    public string? CardOwnerId { get; set; }
    public string? CardConversationId { get; set; }
    public string? CardActivityId { get; set; }
    public int CardAttempts { get; set; }
    public DateTimeOffset? CardNextAttemptAt { get; set; }

    /// <summary>Why the card has not reached the owner (English; code and arguments beside it), null once it did.</summary>
    public string? CardFailureReason { get; set; }
    public string? CardFailureCode { get; set; }
    public string? CardFailureArgs { get; set; }

    string? INotReachedColumns.FailureReason { get => CardFailureReason; set => CardFailureReason = value; }
    string? INotReachedColumns.FailureCode { get => CardFailureCode; set => CardFailureCode = value; }
    string? INotReachedColumns.FailureArgs { get => CardFailureArgs; set => CardFailureArgs = value; }

    [IgnoreDataMember]
    public IReadOnlyList<string> MeasureList => Split(Measures);

    /// <summary>The title in the reader's language ("da…": the Danish title when there is one).</summary>
    public string TitleIn(string? language) => TextLanguage.IsDanish(language) && !string.IsNullOrWhiteSpace(TitleDa) ? TitleDa : Title;

    public string? DescriptionIn(string? language) => TextLanguage.IsDanish(language) && !string.IsNullOrWhiteSpace(DescriptionDa) ? DescriptionDa : Description;

    [IgnoreDataMember]
    public IReadOnlyList<string> EvidenceList => Split(EvidenceIds);

    [IgnoreDataMember]
    public TaskSource Source => new(Enum.Parse<TaskSourceKind>(SourceKind), SourceId);

    public FollowUpTask ToDomain() => new(OwnerId, Day(DueDate), Day(OriginalDueDate), Day(DueSetOn), Enum.Parse<TaskLifecycle>(Lifecycle),
        PendingDue is null ? null : new ExtensionRequest(Day(PendingDue), PendingReason ?? "", PendingBy ?? "", PendingAt ?? default),
        ExtensionsGranted, ClosedAt, ClosedBy);

    /// <summary>Copies the domain state back (title, source, card and reminder bookkeeping stay).</summary>
    public void Apply(FollowUpTask task)
    {
        OwnerId = task.OwnerId;
        DueDate = Text(task.DueDate);
        OriginalDueDate = Text(task.OriginalDueDate);
        DueSetOn = Text(task.DueSetOn);
        Lifecycle = task.Lifecycle.ToString();
        PendingDue = task.PendingExtension is { } p ? Text(p.RequestedDue) : null;
        PendingReason = task.PendingExtension?.Reason;
        PendingBy = task.PendingExtension?.RequestedBy;
        PendingAt = task.PendingExtension?.RequestedAt;
        ExtensionsGranted = task.ExtensionsGranted;
        ClosedAt = task.ClosedAt;
        ClosedBy = task.ClosedBy;
    }

    public static string Text(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Join(IEnumerable<string> values) => string.Join(',', values);

    private static string[] Split(string value) => value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

public static class TaskCardStates
{
    public const string Pending = "Pending";
    public const string Sending = "Sending";
    public const string Sent = "Sent";
    /// <summary>The send broke off; it may have arrived, so it is not repeated (the tab still shows the task).</summary>
    public const string Unknown = "Unknown";
    public const string Failed = "Failed";
}
