using M365Nis2.Domain.Scope;
using M365Nis2.Domain.Tasks;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Tasks;

namespace M365Nis2.Web.Features.Scope;

/// <summary>
/// Turns the registration's 14-day duty into a follow-up task for whoever changed it. One task per duty, not per save:
/// the duty runs from the first change after the last submitted version, so later saves before the submission find
/// the same task (its source is that first version). Marking the version submitted completes the task.
/// </summary>
public sealed class RegistrationFollowUp(IFollowUpTasks tasks, ScopeStore store) : IRegistrationChangeListener
{
    public async Task ChangedAsync(int version, IReadOnlyList<string> changedFields, DateTimeOffset dueAt, ScopeActor actor, CancellationToken ct)
    {
        // History is newest first; the run of unsubmitted versions ends at the duty's start.
        var start = (await store.HistoryAsync(ScopeVersionRow.Registration, ct)).TakeWhile(r => r.SubmittedAt is null).LastOrDefault();
        var due = start is null ? dueAt : RegistrationRules.UpdateDue(start.SavedAt);
        var title = FollowUpTexts.RegistrationTitle.With();
        var description = FollowUpTexts.RegistrationDescription.With(version, string.Join(", ", changedFields));
        await tasks.OpenAsync(new FollowUpRequest(actor.ObjectId, title.English, WallClock.Today(due, WallClock.Copenhagen), [],
            SourceOf(start?.Version ?? version), description.English, actor.ObjectId, title.Danish, description.Danish), ct);
    }

    public async Task SubmittedAsync(int version, ScopeActor actor, CancellationToken ct)
    {
        // The submitted version ends the duty that started at the oldest unsubmitted version before it.
        var start = (await store.HistoryAsync(ScopeVersionRow.Registration, ct)).SkipWhile(r => r.Version >= version)
            .TakeWhile(r => r.SubmittedAt is null).Select(r => r.Version).LastOrDefault(version);
        await tasks.CompleteAsync(SourceOf(start), actor.ObjectId, actor.DisplayName, FollowUpTexts.RegistrationSubmitted.With(version), ct);
    }

    public static TaskSource SourceOf(int firstVersion) => new(TaskSourceKind.RegistrationUpdate, $"registration-v{firstVersion}");
}
