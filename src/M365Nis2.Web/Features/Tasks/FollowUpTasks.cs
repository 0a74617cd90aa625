using M365Nis2.Domain.Catalogue;
using M365Nis2.Domain.Tasks;
using M365Nis2.Domain.Texts;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>
/// <see cref="IFollowUpTasks"/> over the Table store: validate, derive the id from the source, conditional insert. The
/// owner's card is not sent here: the task job picks up rows whose card is Pending, so opening stays fast and a feature
/// opening hundreds of tasks in one run does not talk to Teams inline.
/// </summary>
public sealed class FollowUpTasks(TaskStore store, TaskWorkflow workflow, IOptions<TasksOptions> options, TimeProvider time, ILogger<FollowUpTasks> logger)
    : IFollowUpTasks
{
    public const int MaxTitleLength = 200;

    public async Task<FollowUpOpened> OpenAsync(FollowUpRequest request, CancellationToken ct)
    {
        if (Validate(request) is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(request));
        }
        var id = TaskStore.IdFor(request.Source);
        var now = time.GetUtcNow();
        var today = Today(now);
        var row = new TaskRow
        {
            RowKey = id,
            Title = request.Title.Trim(),
            Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim(),
            TitleDa = string.IsNullOrWhiteSpace(request.TitleDa) ? null : request.TitleDa.Trim(),
            DescriptionDa = string.IsNullOrWhiteSpace(request.DescriptionDa) ? null : request.DescriptionDa.Trim(),
            Measures = TaskRow.Join(request.Measures.Select(m => Nis2Catalogue.Default.Get(m).Id).Distinct()),
            SourceKind = request.Source.Kind.ToString(),
            SourceId = request.Source.Id,
            CreatedAt = now,
            CreatedBy = request.OpenedBy,
        };
        row.Apply(FollowUpTask.Open(request.OwnerId, request.DueDate, today));
        if (!await store.TryAddAsync(row, ct))
        {
            return new(id, false);
        }
        await store.AddEventAsync(TaskEventRow.For(id, TaskEvents.Opened, request.OpenedBy, null, now, request.Source.Key), ct);
        logger.LogInformation("Task {TaskId} opened from {Source}, due {Due}", id, request.Source.Key, request.DueDate);
        return new(id, true);
    }

    public async Task<FollowUpSummary?> FindAsync(TaskSource source, CancellationToken ct) =>
        await store.FindAsync(TaskStore.IdFor(source), ct) is { } row ? Summary(row, Today(time.GetUtcNow())) : null;

    public async Task<bool> CompleteAsync(TaskSource source, string doneBy, string? doneByName, CodedText comment, CancellationToken ct)
    {
        var id = TaskStore.IdFor(source);
        if (await store.FindAsync(id, ct) is not { } row || row.Lifecycle != nameof(TaskLifecycle.Open))
        {
            return false;
        }
        // The opening feature vouches for the work (its own endpoint checked the caller), so it completes as a manager.
        var outcome = await workflow.CompleteAsync(id, new TaskCaller(doneBy, doneByName, IsManager: true), comment, ct);
        return outcome is { NotFound: false, Refusal: null };
    }

    /// <summary>Everything wrong with a request, in words for the caller (or a 400 when it came over HTTP).</summary>
    public static IReadOnlyList<string> Validate(FollowUpRequest r)
    {
        var problems = new List<string>(r.Source.Validate());
        if (!Guid.TryParse(r.OwnerId, out _))
            problems.Add("The owner must be an Entra object id.");
        if (string.IsNullOrWhiteSpace(r.Title))
            problems.Add("A title is required.");
        else if (r.Title.Trim().Length > MaxTitleLength)
            problems.Add($"The title is longer than {MaxTitleLength} characters.");
        if (r.Description is { Length: > FollowUpTask.MaxTextLength } || r.DescriptionDa is { Length: > FollowUpTask.MaxTextLength })
            problems.Add($"The description is longer than {FollowUpTask.MaxTextLength} characters.");
        if (r.TitleDa is { } titleDa && titleDa.Trim().Length > MaxTitleLength)
            problems.Add($"The Danish title is longer than {MaxTitleLength} characters.");
        if (r.DueDate.Year is < 2000 or > 2100)
            problems.Add("The due date must be between 2000 and 2100.");
        foreach (var m in r.Measures.Where(m => Nis2Catalogue.Default.Find(m) is null))
            problems.Add($"Unknown measure '{m}'.");
        if (string.IsNullOrWhiteSpace(r.OpenedBy))
            problems.Add("Say who opened the task (a user id or a job name).");
        return problems;
    }

    public FollowUpSummary Summary(TaskRow row, DateOnly today)
    {
        var status = TaskDueRules.Evaluate(row.ToDomain(), today, options.Value.DueSoonDays);
        return new(row.RowKey, row.Title, row.OwnerId, status.DueDate, status.State, status.PastDue, row.ClosedAt);
    }

    private DateOnly Today(DateTimeOffset now) => WallClock.Today(now, options.Value.Zone);
}

/// <summary>Kinds of entries in a task's history.</summary>
public static class TaskEvents
{
    public const string Opened = "opened";
    public const string Comment = "comment";
    public const string File = "file";
    public const string Completed = "completed";
    public const string ExtensionRequested = "extension-requested";
    public const string ExtensionGranted = "extension-granted";
    public const string ExtensionRefused = "extension-refused";
    public const string Cancelled = "cancelled";
    public const string Reopened = "reopened";
    public const string Reassigned = "reassigned";
}
