using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Tasks;

/// <summary>Who acts on a task: the owner, or a manager (the CISO), who may decide extensions, cancel and reopen.</summary>
public sealed record TaskActor(string UserId, bool IsManager);

/// <summary>The task after a transition, and why nothing changed when refused.</summary>
/// <param name="Why">The refusal as a coded text (<see cref="TaskTexts"/>), rendered in the reader's language.</param>
public sealed record TaskTransition(FollowUpTask Task, bool Applied, CodedText? Why = null)
{
    /// <summary>The refusal in English (API details, logs).</summary>
    public string? Refusal => Why?.English;
}

/// <summary>
/// The progress of one follow-up task (title, measures and source live beside it in the store). Immutable; every transition
/// returns a <see cref="TaskTransition"/>, and a refused one leaves the task unchanged with a reason fit to show the user.
/// </summary>
/// <param name="DueSetOn">The day the current due date was set (opened, extension granted, reopened): reminder points before it are not sent.</param>
public sealed record FollowUpTask(
    string OwnerId,
    DateOnly DueDate,
    DateOnly OriginalDueDate,
    DateOnly DueSetOn,
    TaskLifecycle Lifecycle = TaskLifecycle.Open,
    ExtensionRequest? PendingExtension = null,
    int ExtensionsGranted = 0,
    DateTimeOffset? ClosedAt = null,
    string? ClosedBy = null)
{
    public const int MaxTextLength = 2000;

    /// <summary>A description a feature composes (its own words around what people wrote) cut to the limit, so a long
    /// lesson or measure still opens its task instead of having the whole request refused.</summary>
    public static string Clip(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength];

    /// <summary>The furthest a due date can be moved by one extension.</summary>
    public const int MaxExtensionDays = 366;

    public static FollowUpTask Open(string ownerId, DateOnly dueDate, DateOnly openedOn) => new(ownerId, dueDate, dueDate, openedOn);

    public bool IsClosed => Lifecycle != TaskLifecycle.Open;

    /// <summary>Done by the owner or a manager, with a comment or an evidence file (at least one).</summary>
    public TaskTransition Complete(TaskActor actor, string? comment, bool hasFile, DateTimeOffset at)
    {
        if (Refuse(IsClosed, AlreadyClosed) is { } closed) return closed;
        if (Refuse(!IsOwnerOrManager(actor), TaskTexts.OnlyOwnerOrCisoCompletes) is { } who) return who;
        if (Refuse(string.IsNullOrWhiteSpace(comment) && !hasFile, TaskTexts.ProofMissing) is { } empty) return empty;
        if (TooLong(comment, TaskTexts.CommentTooLong) is { } longText) return longText;
        return Ok(this with { Lifecycle = TaskLifecycle.Done, ClosedAt = at, ClosedBy = actor.UserId, PendingExtension = null });
    }

    /// <summary>The owner asks for a later due date with a reason; one request at a time, at most a year beyond the current due date.</summary>
    public TaskTransition RequestExtension(TaskActor actor, DateOnly requestedDue, string? reason, DateTimeOffset at)
    {
        if (Refuse(IsClosed, AlreadyClosed) is { } closed) return closed;
        if (Refuse(actor.UserId != OwnerId, TaskTexts.OnlyOwnerExtends) is { } who) return who;
        if (Refuse(PendingExtension is not null, TaskTexts.ExtensionPending) is { } twice) return twice;
        if (Refuse(string.IsNullOrWhiteSpace(reason), TaskTexts.ExtensionReasonMissing) is { } noReason) return noReason;
        if (TooLong(reason, TaskTexts.ReasonTooLong) is { } longText) return longText;
        if (Refuse(requestedDue <= DueDate, TaskTexts.NewDateNotLater.With(DueDate)) is { } early) return early;
        if (Refuse(requestedDue.DayNumber - DueDate.DayNumber > MaxExtensionDays, TaskTexts.ExtensionTooFar) is { } far)
            return far;
        return Ok(this with { PendingExtension = new(requestedDue, reason!.Trim(), actor.UserId, at) });
    }

    /// <summary>A manager grants (optionally a different later date) or refuses the pending request.</summary>
    public TaskTransition DecideExtension(TaskActor actor, bool grant, DateOnly? grantedDue, DateOnly today)
    {
        if (Refuse(!actor.IsManager, TaskTexts.OnlyCisoDecides) is { } who) return who;
        if (Refuse(PendingExtension is null, TaskTexts.NothingToDecide) is { } none) return none;
        if (!grant)
            return Ok(this with { PendingExtension = null });
        var due = grantedDue ?? PendingExtension!.RequestedDue;
        if (Refuse(due <= DueDate, TaskTexts.GrantedNotLater.With(DueDate)) is { } early) return early;
        return Ok(this with { DueDate = due, DueSetOn = today, PendingExtension = null, ExtensionsGranted = ExtensionsGranted + 1 });
    }

    /// <summary>A manager closes the task without it being done (duplicate, no longer relevant), with a reason.</summary>
    public TaskTransition Cancel(TaskActor actor, string? reason, DateTimeOffset at)
    {
        if (Refuse(IsClosed, AlreadyClosed) is { } closed) return closed;
        if (Refuse(!actor.IsManager, TaskTexts.OnlyCisoCancels) is { } who) return who;
        if (Refuse(string.IsNullOrWhiteSpace(reason), TaskTexts.CancelReasonMissing) is { } noReason) return noReason;
        if (TooLong(reason, TaskTexts.ReasonTooLong) is { } longText) return longText;
        return Ok(this with { Lifecycle = TaskLifecycle.Cancelled, ClosedAt = at, ClosedBy = actor.UserId, PendingExtension = null });
    }

    /// <summary>A manager reopens a closed task (the evidence was not enough) with a new due date from today on.</summary>
    public TaskTransition Reopen(TaskActor actor, DateOnly newDue, DateOnly today)
    {
        if (Refuse(!IsClosed, TaskTexts.StillOpen) is { } open) return open;
        if (Refuse(!actor.IsManager, TaskTexts.OnlyCisoReopens) is { } who) return who;
        if (Refuse(newDue < today, TaskTexts.DueInPast) is { } past) return past;
        return Ok(this with { Lifecycle = TaskLifecycle.Open, DueDate = newDue, DueSetOn = today, ClosedAt = null, ClosedBy = null });
    }

    /// <summary>A manager hands an open task to someone else.</summary>
    public TaskTransition Reassign(TaskActor actor, string newOwnerId)
    {
        if (Refuse(IsClosed, AlreadyClosed) is { } closed) return closed;
        if (Refuse(!actor.IsManager, TaskTexts.OnlyCisoReassigns) is { } who) return who;
        if (Refuse(string.IsNullOrWhiteSpace(newOwnerId), TaskTexts.OwnerMissing) is { } none) return none;
        if (Refuse(newOwnerId == OwnerId, TaskTexts.SameOwner) is { } same) return same;
        // A pending request was the old owner's; the new owner asks afresh if needed.
        return Ok(this with { OwnerId = newOwnerId, PendingExtension = null });
    }

    private bool IsOwnerOrManager(TaskActor actor) => actor.IsManager || actor.UserId == OwnerId;

    private TaskTransition? TooLong(string? text, TextCode tooLong) => Refuse(text is { Length: > MaxTextLength }, tooLong.With(MaxTextLength));

    private CodedText AlreadyClosed => TaskTexts.AlreadyClosed.With((Lifecycle == TaskLifecycle.Done ? TaskTexts.StateDone : TaskTexts.StateCancelled).With());

    private TaskTransition? Refuse(bool condition, TextCode why) => condition ? new(this, false, why.With()) : null;

    private TaskTransition? Refuse(bool condition, CodedText why) => condition ? new(this, false, why) : null;

    private static TaskTransition Ok(FollowUpTask next) => new(next, true);
}
