using M365Nis2.Domain.Tasks;
using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>What the API and the tab do with tasks: who sees which, opening by hand, and one change at a time.</summary>
public sealed class TaskService(TaskStore store, FollowUpTasks followUps, TaskWorkflow workflow, TaskNotifier notifier, IUserDirectory directory)
{
    /// <summary>The CISO and the board see every task; everyone else sees their own.</summary>
    public async Task<IReadOnlyList<TaskView>> ListAsync(TaskCaller caller, bool canSeeAll, CancellationToken ct) =>
        [.. (await store.ListAsync(canSeeAll ? null : caller.ObjectId, ct)).Select(View)
            .OrderBy(v => v.ClosedAt is not null).ThenBy(v => v.DueDate).ThenBy(v => v.Title, StringComparer.CurrentCulture)];

    /// <summary>The task with its history, or null when it does not exist or is not the caller's to see.</summary>
    public async Task<TaskDetail?> GetAsync(string id, TaskCaller caller, bool canSeeAll, CancellationToken ct)
    {
        var row = await store.FindAsync(id, ct);
        if (row is null || (!canSeeAll && row.OwnerId != caller.ObjectId))
        {
            return null;
        }
        var history = (await store.EventsOfAsync(id, ct))
            .Select(e => new TaskHistoryEntry(e.Kind, e.At, e.ActorId, e.ActorName, e.Text, e.ArtefactId, e.FileName, e.Code, e.TextDa)).ToList();
        return new(View(row), history);
    }

    public async Task<DeviationsView> DeviationsAsync(CancellationToken ct)
    {
        var open = (await store.ListAsync(null, ct)).Where(r => r.Lifecycle == nameof(TaskLifecycle.Open)).Select(View).ToList();
        var overdue = open.Where(v => v.PastDue).OrderBy(v => v.DueDate).ToList();
        var byMeasure = overdue.SelectMany(v => v.Measures).GroupBy(m => m).OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        return new(open.Count, overdue.Count, open.Count(v => v.PendingExtension is not null), byMeasure, overdue);
    }

    /// <summary>A task opened by the CISO; the idempotency key (or a fresh one) is the manual source id.</summary>
    public async Task<(TaskView? Task, bool Created, IReadOnlyList<string> Problems)> CreateAsync(NewTaskRequest body, TaskCaller caller, CancellationToken ct)
    {
        var owner = await ResolveOwnerAsync(body.OwnerId, body.OwnerUpn, ct);
        if (owner.Problem is { } ownerProblem)
        {
            return (null, false, [ownerProblem]);
        }
        var key = string.IsNullOrWhiteSpace(body.IdempotencyKey) ? Guid.NewGuid().ToString("N") : body.IdempotencyKey.Trim();
        var request = new FollowUpRequest(owner.Id!, body.Title ?? "", body.DueDate ?? default, body.Measures ?? [],
            new TaskSource(TaskSourceKind.Manual, key), body.Description, caller.ObjectId);
        var problems = FollowUpTasks.Validate(request).ToList();
        if (body.DueDate is null)
            problems.Add("A due date (yyyy-MM-dd) is required.");
        else if (body.DueDate < notifier.Today)
            problems.Add("The due date cannot be in the past.");
        if (problems.Count > 0)
        {
            return (null, false, problems);
        }
        var opened = await followUps.OpenAsync(request, ct);
        var (row, _) = await store.UpdateAsync(opened.TaskId, r =>
        {
            if (!opened.Created || r.OwnerName is not null)
            {
                return false;
            }
            r.OwnerName = owner.Name;
            return true;
        }, ct);
        return (View(row!), opened.Created, []);
    }

    /// <summary>What is wrong with the shape of a change (checked before the task is looked up), or null.</summary>
    public static string? ShapeProblem(TaskChangeRequest body) => body.Action switch
    {
        "request-extension" or "reopen" when body.DueDate is null => "This action needs dueDate (yyyy-MM-dd).",
        "decide-extension" when body.Grant is null => "This action needs grant (true or false).",
        "complete" or "comment" or "request-extension" or "decide-extension" or "cancel" or "reopen" or "reassign" => null,
        _ => "action must be one of complete, comment, request-extension, decide-extension, cancel, reopen, reassign.",
    };

    /// <summary>One change from <c>PUT /api/tasks/{id}</c>; problems when the body does not name a valid change.</summary>
    public async Task<(TaskOutcome? Outcome, string? Problem)> ChangeAsync(string id, TaskChangeRequest body, TaskCaller caller, CancellationToken ct)
    {
        if (ShapeProblem(body) is { } problem)
        {
            return (null, problem);
        }
        switch (body.Action)
        {
            case "complete":
                return (await workflow.CompleteAsync(id, caller, body.Comment, ct), null);
            case "comment":
                return (await workflow.CommentAsync(id, caller, body.Comment, ct), null);
            case "request-extension":
                return (await workflow.RequestExtensionAsync(id, caller, body.DueDate!.Value, body.Reason, ct), null);
            case "decide-extension":
                return (await workflow.DecideExtensionAsync(id, caller, body.Grant!.Value, body.DueDate, ct), null);
            case "cancel":
                return (await workflow.CancelAsync(id, caller, body.Reason, ct), null);
            case "reopen":
                return (await workflow.ReopenAsync(id, caller, body.DueDate!.Value, ct), null);
            default:
                var owner = await ResolveOwnerAsync(body.OwnerId, body.OwnerUpn, ct);
                return owner.Problem is { } p ? (null, p) : (await workflow.ReassignAsync(id, caller, owner.Id!, owner.Name, ct), null);
        }
    }

    public TaskView View(TaskRow row) => TaskView.Of(row, notifier.StatusOf(row));

    private async Task<(string? Id, string? Name, string? Problem)> ResolveOwnerAsync(string? ownerId, string? ownerUpn, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(ownerUpn))
        {
            return await directory.FindByUpnAsync(ownerUpn.Trim(), ct) is { } user
                ? (user.ObjectId, user.DisplayName, null)
                : (null, null, $"No user '{ownerUpn}' in the directory.");
        }
        return Guid.TryParse(ownerId, out _) ? (ownerId, null, null) : (null, null, "Give the owner as ownerUpn or ownerId (an Entra object id).");
    }
}
