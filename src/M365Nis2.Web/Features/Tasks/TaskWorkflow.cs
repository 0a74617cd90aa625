using System.Globalization;
using M365Nis2.Domain.Tasks;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>The caller of a task operation: object id, display name, and whether they manage tasks (the CISO).</summary>
public sealed record TaskCaller(string ObjectId, string? Name, bool IsManager)
{
    public TaskActor Actor => new(ObjectId, IsManager);
}

/// <summary>The row after an operation, or why it was refused (in English, and coded when the rule has a code); neither
/// when the task does not exist.</summary>
public sealed record TaskOutcome(TaskRow? Row, string? Refusal, CodedText? Why = null)
{
    public bool NotFound => Row is null;

    public static TaskOutcome Refused(TaskRow row, CodedText why) => new(row, why.English, why);

    /// <summary>The refusal in the reader's language; an uncoded one stays as given.</summary>
    public string? RefusalIn(string? language) => Why?.InLanguage(language) ?? Refusal;
}

/// <summary>
/// Task operations from the card, the tab and the API: each reads the row, applies the domain transition, writes it
/// back with its ETag (re-reading on a race) and records the history entry; side effects (messages, card updates,
/// the signed completion record) follow only a write that won.
/// </summary>
public sealed class TaskWorkflow(TaskStore store, TaskNotifier notifier, TaskRecords records, TimeProvider time)
{
    public Task<TaskOutcome> CompleteAsync(string taskId, TaskCaller caller, string? comment, CancellationToken ct) =>
        CompleteAsync(taskId, caller, comment, null, ct);

    /// <summary>A completion a feature wrote the comment for: its Danish goes into the history beside the English.</summary>
    public Task<TaskOutcome> CompleteAsync(string taskId, TaskCaller caller, CodedText comment, CancellationToken ct) =>
        CompleteAsync(taskId, caller, comment.English, comment, ct);

    private Task<TaskOutcome> CompleteAsync(string taskId, TaskCaller caller, string? comment, CodedText? coded, CancellationToken ct) =>
        ApplyAsync(taskId, caller, TaskEvents.Completed, coded, comment,
            (task, row) => task.Complete(caller.Actor, comment?.Trim(), row.EvidenceList.Count > 0, time.GetUtcNow()),
            async (row, c) =>
            {
                await records.SignCompletionAsync(row, c);
                if (caller.ObjectId != row.OwnerId)
                {
                    await notifier.RefreshOwnerCardAsync(row, c);
                }
            }, ct);

    public Task<TaskOutcome> RequestExtensionAsync(string taskId, TaskCaller caller, DateOnly newDue, string? reason, CancellationToken ct) =>
        ApplyAsync(taskId, caller, TaskEvents.ExtensionRequested, $"{TaskRow.Text(newDue)}: {reason}",
            (task, _) => task.RequestExtension(caller.Actor, newDue, reason, time.GetUtcNow()),
            notifier.AskCisoAsync, ct);

    public Task<TaskOutcome> DecideExtensionAsync(string taskId, TaskCaller caller, bool grant, DateOnly? grantedDue, CancellationToken ct) =>
        ApplyAsync(taskId, caller, grant ? TaskEvents.ExtensionGranted : TaskEvents.ExtensionRefused, grantedDue is { } d ? TaskRow.Text(d) : null,
            (task, _) => task.DecideExtension(caller.Actor, grant, grantedDue, notifier.Today),
            async (row, c) =>
            {
                await notifier.TellAsync(row.OwnerId,
                    () => notifier.TextFor(grant ? "Owner_Granted" : "Owner_Refused", row.TitleIn(CultureInfo.CurrentUICulture.Name), TaskCards.Day(TaskRow.Day(row.DueDate))), c);
                await notifier.RefreshOwnerCardAsync(row, c);
            }, ct);

    public Task<TaskOutcome> CancelAsync(string taskId, TaskCaller caller, string? reason, CancellationToken ct) =>
        ApplyAsync(taskId, caller, TaskEvents.Cancelled, reason, (task, _) => task.Cancel(caller.Actor, reason, time.GetUtcNow()),
            notifier.RefreshOwnerCardAsync, ct);

    public Task<TaskOutcome> ReopenAsync(string taskId, TaskCaller caller, DateOnly newDue, CancellationToken ct) =>
        ApplyAsync(taskId, caller, TaskEvents.Reopened, TaskRow.Text(newDue), (task, _) => task.Reopen(caller.Actor, newDue, notifier.Today),
            notifier.RefreshOwnerCardAsync, ct);

    /// <summary>Hands the task over; the new owner gets a fresh card (the old card stays as history).</summary>
    public Task<TaskOutcome> ReassignAsync(string taskId, TaskCaller caller, string newOwnerId, string? newOwnerName, CancellationToken ct) =>
        ApplyAsync(taskId, caller, TaskEvents.Reassigned, newOwnerName ?? newOwnerId, (task, row) =>
        {
            var t = task.Reassign(caller.Actor, newOwnerId);
            if (t.Applied)
            {
                row.OwnerName = newOwnerName;
                row.CardState = TaskCardStates.Pending;
                row.CardAttempts = 0;
                row.CardConversationId = null;
                row.CardActivityId = null;
                row.SetFailure(null); // why the previous owner was not reached says nothing about the new one
            }
            return t;
        }, (_, _) => Task.CompletedTask, ct);

    /// <summary>A comment in the history (owner or CISO); it is signed with the task when the task is closed.</summary>
    public async Task<TaskOutcome> CommentAsync(string taskId, TaskCaller caller, string? text, CancellationToken ct)
    {
        var row = await store.FindAsync(taskId, ct);
        if (row is null)
        {
            return new(null, null);
        }
        if (!caller.IsManager && caller.ObjectId != row.OwnerId)
        {
            return TaskOutcome.Refused(row, TaskTexts.OnlyOwnerOrCisoComments.With());
        }
        if (string.IsNullOrWhiteSpace(text) || text.Length > FollowUpTask.MaxTextLength)
        {
            return TaskOutcome.Refused(row, TaskTexts.CommentLength.With(FollowUpTask.MaxTextLength));
        }
        await store.AddEventAsync(TaskEventRow.For(taskId, TaskEvents.Comment, caller.ObjectId, caller.Name, time.GetUtcNow(), text.Trim()), ct);
        return new(row, null);
    }

    private Task<TaskOutcome> ApplyAsync(string taskId, TaskCaller caller, string eventKind, string? eventText,
        Func<FollowUpTask, TaskRow, TaskTransition> transition, Func<TaskRow, CancellationToken, Task> after, CancellationToken ct) =>
        ApplyAsync(taskId, caller, eventKind, null, eventText, transition, after, ct);

    private async Task<TaskOutcome> ApplyAsync(string taskId, TaskCaller caller, string eventKind, CodedText? coded, string? eventText,
        Func<FollowUpTask, TaskRow, TaskTransition> transition, Func<TaskRow, CancellationToken, Task> after, CancellationToken ct)
    {
        CodedText? refusal = null;
        var (row, written) = await store.UpdateAsync(taskId, r =>
        {
            var t = transition(r.ToDomain(), r);
            refusal = t.Why;
            if (t.Applied)
            {
                r.Apply(t.Task);
            }
            return t.Applied;
        }, ct);
        if (row is null || !written)
        {
            return new(row, refusal?.English, refusal);
        }
        var entry = TaskEventRow.For(taskId, eventKind, caller.ObjectId, caller.Name, time.GetUtcNow(), eventText);
        entry.Code = coded?.Code;
        entry.TextDa = coded?.Danish;
        await store.AddEventAsync(entry, ct);
        await after(row, ct);
        return new(row, null);
    }
}
