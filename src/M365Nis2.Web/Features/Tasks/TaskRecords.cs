using System.Text.Json;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>
/// What goes into the vault: each evidence file as uploaded, and on completion a signed record of the task with its whole
/// history (comments, extensions, files by id), so an auditor sees who did what and when for each deviation.
/// </summary>
public sealed class TaskRecords(IEvidenceVault vault, TaskStore store, TimeProvider time)
{
    public const string FileKind = "task.evidence";
    public const string CompletionKind = "task.completion";
    public const long MaxFileBytes = 10 * 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Types an auditor can open without special tools (as for manual evidence).</summary>
    public static readonly IReadOnlyDictionary<string, string> AllowedTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf", [".png"] = "image/png", [".jpg"] = "image/jpeg", [".jpeg"] = "image/jpeg",
        [".txt"] = "text/plain", [".md"] = "text/markdown", [".csv"] = "text/csv", [".json"] = "application/json",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>Stores the file signed in the vault and links it to the task; the problem instead when refused.</summary>
    public async Task<(TaskOutcome Outcome, string? ArtefactId)> AttachAsync(string taskId, TaskCaller caller, string fileName, byte[] content,
        CancellationToken ct)
    {
        var row = await store.FindAsync(taskId, ct);
        if (row is null)
        {
            return (new(null, null), null);
        }
        var problem = !caller.IsManager && caller.ObjectId != row.OwnerId ? "Only the owner or the CISO can add files to this task."
            : row.ToDomain().IsClosed ? "The task is closed; reopen it to add files."
            : content.Length == 0 ? "The file is empty."
            : content.Length > MaxFileBytes ? $"The file is {content.Length} bytes; at most {MaxFileBytes} bytes (10 MB) are accepted."
            : !AllowedTypes.ContainsKey(Path.GetExtension(fileName)) ? $"'{Path.GetExtension(fileName)}' files are not accepted; use one of {string.Join(", ", AllowedTypes.Keys)}."
            : null;
        if (problem is not null)
        {
            return (new(row, problem), null);
        }
        var name = Path.GetFileName(fileName);
        var receipt = await vault.PutAsync(content, AllowedTypes[Path.GetExtension(name)], FileKind, row.MeasureList,
            new Dictionary<string, string> { ["taskId"] = taskId, ["fileName"] = name }, caller.ObjectId, ct);
        var (updated, _) = await store.UpdateAsync(taskId, r =>
        {
            if (r.EvidenceList.Contains(receipt.Id))
            {
                return false;
            }
            r.EvidenceIds = TaskRow.Join(r.EvidenceList.Append(receipt.Id));
            return true;
        }, ct);
        var entry = TaskEventRow.For(taskId, TaskEvents.File, caller.ObjectId, caller.Name, time.GetUtcNow(), name);
        entry.ArtefactId = receipt.Id;
        entry.FileName = name;
        await store.AddEventAsync(entry, ct);
        return (new(updated, null), receipt.Id);
    }

    /// <summary>Signs the closed task with its history into the vault; the record id is kept in the history.</summary>
    public async Task SignCompletionAsync(TaskRow row, CancellationToken ct)
    {
        var history = await store.EventsOfAsync(row.RowKey, ct);
        var record = new
        {
            type = CompletionKind,
            taskId = row.RowKey,
            title = row.Title,
            description = row.Description,
            measures = row.MeasureList,
            source = new { kind = row.SourceKind, id = row.SourceId },
            owner = new { objectId = row.OwnerId, name = row.OwnerName },
            dueDate = row.DueDate,
            originalDueDate = row.OriginalDueDate,
            outcome = row.Lifecycle.ToLowerInvariant(),
            closedAt = row.ClosedAt,
            closedBy = row.ClosedBy,
            evidence = row.EvidenceList,
            history = history.Select(e => new { kind = e.Kind, at = e.At, by = e.ActorId, name = e.ActorName, text = e.Text, artefactId = e.ArtefactId }),
        };
        var receipt = await vault.PutAsync(JsonSerializer.SerializeToUtf8Bytes(record, Json), "application/json", CompletionKind, row.MeasureList,
            new Dictionary<string, string> { ["taskId"] = row.RowKey }, row.ClosedBy ?? "job:tasks", ct);
        var entry = TaskEventRow.For(row.RowKey, "signed", "job:tasks", null, time.GetUtcNow(), CompletionKind);
        entry.ArtefactId = receipt.Id;
        await store.AddEventAsync(entry, ct);
    }
}
