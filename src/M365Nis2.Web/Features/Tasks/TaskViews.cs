using M365Nis2.Domain.Tasks;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Features.Tasks;

public sealed record PendingExtensionView(DateOnly RequestedDue, string Reason, DateTimeOffset RequestedAt);

/// <summary>A task for lists and the tab.</summary>
public sealed record TaskView(
    string Id,
    string Title,
    string? Description,
    string OwnerId,
    string? OwnerName,
    DateOnly DueDate,
    DateOnly OriginalDueDate,
    string State,
    bool PastDue,
    int DaysLeft,
    bool Extended,
    IReadOnlyList<string> Measures,
    string SourceKind,
    string SourceId,
    PendingExtensionView? PendingExtension,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ClosedAt,
    string? ClosedBy,
    IReadOnlyList<string> Evidence,
    string CardState,
    string? TitleDa = null,
    string? DescriptionDa = null,
    string? CardReason = null,
    string? CardReasonCode = null,
    string? CardReasonDa = null)
{
    public static TaskView Of(TaskRow row, TaskDueStatus status) => new(
        row.RowKey, row.Title, row.Description, row.OwnerId, row.OwnerName, status.DueDate, TaskRow.Day(row.OriginalDueDate), status.State.ToString(),
        status.PastDue, status.DaysLeft, status.Extended, row.MeasureList, row.SourceKind, row.SourceId,
        row.PendingDue is { } p ? new(TaskRow.Day(p), row.PendingReason ?? "", row.PendingAt ?? default) : null,
        row.CreatedAt, row.ClosedAt, row.ClosedBy, row.EvidenceList, row.CardState, row.TitleDa, row.DescriptionDa,
        row.CardFailureReason, row.CardFailureCode, row.FailureDa());
}

/// <param name="TextDa">The Danish of a text a feature or job wrote (with its <paramref name="Code"/>); null for what people typed.</param>
public sealed record TaskHistoryEntry(string Kind, DateTimeOffset At, string ActorId, string? ActorName, string? Text, string? ArtefactId, string? FileName,
    string? Code = null, string? TextDa = null);

public sealed record TaskDetail(TaskView Task, IReadOnlyList<TaskHistoryEntry> History);

/// <summary>The board summary's "open deviations": open tasks past their due date, oldest first, and counts per measure.</summary>
public sealed record DeviationsView(int OpenTasks, int Overdue, int ExtensionRequests, IReadOnlyDictionary<string, int> OverdueByMeasure,
    IReadOnlyList<TaskView> OverdueTasks);

/// <summary>Body of <c>POST /api/tasks</c>: a task opened by hand (owner by object id or UPN).</summary>
public sealed record NewTaskRequest(string? Title, string? Description, string? OwnerId, string? OwnerUpn, DateOnly? DueDate,
    IReadOnlyList<string>? Measures, string? IdempotencyKey);

/// <summary>
/// Body of <c>PUT /api/tasks/{id}</c>: one change. Action is complete, comment, request-extension, decide-extension, cancel,
/// reopen or reassign; the other fields as the action needs them.
/// </summary>
public sealed record TaskChangeRequest(string? Action, string? Comment, DateOnly? DueDate, string? Reason, bool? Grant, string? OwnerId,
    string? OwnerUpn);
