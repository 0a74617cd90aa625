using System.Text.Json;
using M365Nis2.Domain.Scope;
using M365Nis2.Web.Features.Tasks;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Features.Scope;

/// <summary>The duty that follows a change: report it to the authority within 14 days.</summary>
/// <param name="TaskId">The follow-up task opened for the duty (see <see cref="RegistrationFollowUp"/>), when there is one.</param>
public sealed record RegistrationDuty(DateTimeOffset ChangedAt, DateTimeOffset DueAt, bool Overdue, IReadOnlyList<string> ChangedFields, string? TaskId);

public sealed record RegistrationView(int Version, DateTimeOffset SavedAt, string SavedByName, string ArtefactId, RegistrationRecord Record,
    DateTimeOffset? SubmittedAt, string? SubmittedArtefactId, RegistrationDuty? Duty);

/// <summary>
/// The registration record: every change is validated, signed into the vault as a new version and starts the 14-day
/// duty to update the registration with the authority; marking the current version submitted is signed too and ends it.
/// </summary>
public sealed class RegistrationService(ScopeStore store, IEvidenceVault vault, TimeProvider time, IEnumerable<IRegistrationChangeListener> listeners,
    IFollowUpTasks tasks)
{
    public const string ArtefactKind = "scope.registration";
    public const string SubmittedKind = "scope.registration.submitted";
    public static readonly string[] Controls = ["art3", "art27"];

    public async Task<RegistrationView?> CurrentAsync(CancellationToken ct)
    {
        var head = await store.CurrentAsync(ScopeVersionRow.Registration, ct);
        return head is null ? null : await ViewAsync(head, ct);
    }

    public Task<IReadOnlyList<ScopeVersionRow>> HistoryAsync(CancellationToken ct) => store.HistoryAsync(ScopeVersionRow.Registration, ct);

    /// <summary>Saves a changed record as a new version; an unchanged record returns the current version as it is.</summary>
    public async Task<RegistrationView> SaveAsync(RegistrationRecord record, ScopeActor actor, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var head = await store.CurrentAsync(ScopeVersionRow.Registration, ct);
            var before = head is null ? null : Parse(head);
            var changed = before is null ? ["new"] : RegistrationRules.ChangedFields(before, record);
            if (changed.Count == 0) return await ViewAsync(head!, ct);
            var now = time.GetUtcNow();
            var version = (head?.Version ?? 0) + 1;
            var signed = JsonSerializer.SerializeToUtf8Bytes(new { kind = ArtefactKind, version, savedAt = now, savedBy = actor.ObjectId, changed, record },
                ScopeJson.Options);
            var receipt = await vault.PutAsync(signed, "application/json", ArtefactKind, Controls,
                new Dictionary<string, string> { ["version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture) }, actor.ObjectId, ct);
            var row = new ScopeVersionRow
            {
                Json = JsonSerializer.Serialize(record, ScopeJson.Options), ArtefactId = receipt.Id, SavedBy = actor.ObjectId,
                SavedByName = actor.DisplayName, SavedAt = now, Summary = string.Join(',', changed),
            };
            if (await store.TryAppendAsync(ScopeVersionRow.Registration, head, row, ct))
            {
                var due = RegistrationRules.UpdateDue(now);
                foreach (var listener in listeners)
                {
                    await listener.ChangedAsync(row.Version, changed, due, actor, ct);
                }
                return await ViewAsync(row, ct);
            }
            if (attempt >= 5) throw new InvalidOperationException("The registration record kept changing under this save; try again.");
        }
    }

    /// <summary>Records that the current version was submitted to the authority (signed); null when there is no record.</summary>
    public async Task<RegistrationView?> MarkSubmittedAsync(DateTimeOffset? submittedAt, ScopeActor actor, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var head = await store.CurrentAsync(ScopeVersionRow.Registration, ct);
            if (head is null) return null;
            if (head.SubmittedAt is not null) return await ViewAsync(head, ct);
            var at = submittedAt ?? time.GetUtcNow();
            var signed = JsonSerializer.SerializeToUtf8Bytes(new
            {
                kind = SubmittedKind, version = head.Version, recordArtefactId = head.ArtefactId, submittedAt = at, recordedBy = actor.ObjectId,
            }, ScopeJson.Options);
            var receipt = await vault.PutAsync(signed, "application/json", SubmittedKind, Controls, null, actor.ObjectId, ct);
            if (await store.TryMarkSubmittedAsync(head, at, receipt.Id, ct))
            {
                foreach (var listener in listeners)
                {
                    await listener.SubmittedAsync(head.Version, actor, ct);
                }
                return await ViewAsync(head, ct);
            }
            if (attempt >= 5) throw new InvalidOperationException("The registration record kept changing; try again.");
        }
    }

    private async Task<RegistrationView> ViewAsync(ScopeVersionRow head, CancellationToken ct) =>
        new(head.Version, head.SavedAt, head.SavedByName, head.ArtefactId, Parse(head), head.SubmittedAt, head.SubmittedArtefactId,
            head.SubmittedAt is null ? await DutyAsync(ct) : null);

    /// <summary>
    /// The duty runs from the first change after the last submitted version (the first version counts as a change).
    /// Only called while the head is unsubmitted, so at least the head is pending.
    /// </summary>
    private async Task<RegistrationDuty> DutyAsync(CancellationToken ct)
    {
        var history = await store.HistoryAsync(ScopeVersionRow.Registration, ct);
        var pending = history.TakeWhile(r => r.SubmittedAt is null).ToList();
        var first = pending[^1];
        var due = RegistrationRules.UpdateDue(first.SavedAt);
        var fields = pending.SelectMany(r => r.Summary.Split(',', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToList();
        var task = await tasks.FindAsync(RegistrationFollowUp.SourceOf(first.Version), ct);
        return new RegistrationDuty(first.SavedAt, due, time.GetUtcNow() > due, fields, task?.TaskId);
    }

    private static RegistrationRecord Parse(ScopeVersionRow row) => JsonSerializer.Deserialize<RegistrationRecord>(row.Json, ScopeJson.Options)!;
}

/// <summary>
/// Told when the registration changes or is submitted, so follow-up work (a task due in 14 days, a reminder) can be
/// opened without this feature knowing the task feature.
/// </summary>
public interface IRegistrationChangeListener
{
    Task ChangedAsync(int version, IReadOnlyList<string> changedFields, DateTimeOffset dueAt, ScopeActor actor, CancellationToken ct);

    Task SubmittedAsync(int version, ScopeActor actor, CancellationToken ct);
}
