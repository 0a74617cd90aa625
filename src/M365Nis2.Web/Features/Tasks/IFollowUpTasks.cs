using M365Nis2.Domain.Tasks;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>
/// What another feature asks for when a finding, a risk treatment, a supplier finding, an incident's lessons or a
/// registration change needs work by someone.
/// </summary>
/// <param name="OwnerId">Entra object id of the person who must do the work.</param>
/// <param name="Title">One line, shown on the card and in lists (≤ 200 characters).</param>
/// <param name="DueDate">Last day to do it (a calendar day in the organisation's time zone).</param>
/// <param name="Measures">Catalogue ids the work serves, e.g. <c>art21.2.j</c>; may be empty.</param>
/// <param name="Source">Where it comes from; <see cref="TaskSource.Key"/> makes the call idempotent.</param>
/// <param name="Description">Optional detail (≤ 2 000 characters), e.g. the finding's text.</param>
/// <param name="OpenedBy">Who caused it: a user's object id or a job name such as <c>job:evidence</c>.</param>
/// <param name="TitleDa">The title in Danish, for Danish readers (optional: without it everyone reads <paramref name="Title"/>).</param>
/// <param name="DescriptionDa">The description in Danish (optional).</param>
[FeatureContract]
public sealed record FollowUpRequest(
    string OwnerId,
    string Title,
    DateOnly DueDate,
    IReadOnlyList<string> Measures,
    TaskSource Source,
    string? Description = null,
    string OpenedBy = "system",
    string? TitleDa = null,
    string? DescriptionDa = null);

/// <summary>The task for the request: <see cref="Created"/> false when one existed for the source already (then nothing changed).</summary>
[FeatureContract]
public sealed record FollowUpOpened(string TaskId, bool Created);

/// <summary>A task as the feature that opened it sees it (for its own lists: "treatment in progress", "done").</summary>
[FeatureContract]
public sealed record FollowUpSummary(string TaskId, string Title, string OwnerId, DateOnly DueDate, TaskDueState State, bool PastDue,
    DateTimeOffset? ClosedAt);

/// <summary>
/// The one way features open follow-up work. Idempotent per <see cref="TaskSource"/>: the task id is derived from the
/// source key and created with a conditional insert, so repeats, retries and concurrent instances all get the same task
/// and the owner one card. The tasks feature owns everything after that: the owner's card, reminders, completion with
/// comment or file, extensions, and the board's "open deviations".
/// </summary>
[FeatureContract]
public interface IFollowUpTasks
{
    /// <summary>Opens the task, or returns the existing one for the same source. Throws <see cref="ArgumentException"/> on an invalid request.</summary>
    Task<FollowUpOpened> OpenAsync(FollowUpRequest request, CancellationToken ct);

    /// <summary>The task opened for <paramref name="source"/>, or null.</summary>
    Task<FollowUpSummary?> FindAsync(TaskSource source, CancellationToken ct);

    /// <summary>
    /// Marks the source's task done because the opening feature saw the work happen (e.g. the registration update was
    /// marked submitted); recorded in the task's history as done by <paramref name="doneBy"/> with <paramref name="comment"/>
    /// and signed like any completion. False when there is no open task for the source (none, or already closed).
    /// The comment is coded, so the history shows it to a Danish reader in Danish (the signed record keeps the English).
    /// </summary>
    Task<bool> CompleteAsync(TaskSource source, string doneBy, string? doneByName, CodedText comment, CancellationToken ct);
}
