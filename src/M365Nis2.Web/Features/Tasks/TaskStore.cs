using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Tasks;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>
/// Tasks ("Tasks", one partition: an organisation has thousands of tasks, not millions) and their history
/// ("TaskEvents", one partition per task: comments, completion, extensions, files). Every change is an ETag replace.
/// </summary>
public sealed class TaskStore(TableServiceClient tables, StorageNames names)
{
    private TableClient? tasks;
    private TableClient? events;

    /// <summary>The task id for a source: 16 hex characters of sha256(source key), so the same source always maps to one row.</summary>
    public static string IdFor(TaskSource source) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(source.Key)))[..16];

    private async Task<TableClient> TasksAsync(CancellationToken ct) => tasks ??= await tables.GetReadyTableAsync(names, "Tasks", ct);

    private async Task<TableClient> EventsAsync(CancellationToken ct) => events ??= await tables.GetReadyTableAsync(names, "TaskEvents", ct);

    /// <summary>Conditional insert: false (nothing written) when a task with this id exists already.</summary>
    public async Task<bool> TryAddAsync(TaskRow row, CancellationToken ct)
    {
        try
        {
            var response = await (await TasksAsync(ct)).AddEntityAsync(row, ct);
            row.ETag = response.Headers.ETag ?? row.ETag;
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<TaskRow?> FindAsync(string taskId, CancellationToken ct)
    {
        if (!IsId(taskId))
        {
            return null;
        }
        var found = await (await TasksAsync(ct)).GetEntityIfExistsAsync<TaskRow>(TaskRow.Partition, taskId, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>All tasks, or one owner's (a filter inside the single partition).</summary>
    public async Task<IReadOnlyList<TaskRow>> ListAsync(string? ownerId, CancellationToken ct)
    {
        var filter = ownerId is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {TaskRow.Partition}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {TaskRow.Partition} and OwnerId eq {ownerId}");
        var list = new List<TaskRow>();
        await foreach (var row in (await TasksAsync(ct)).QueryAsync<TaskRow>(filter, cancellationToken: ct))
        {
            list.Add(row);
        }
        return list;
    }

    /// <summary>Open tasks whose card is in <paramref name="cardState"/> (Pending: still to go out or due for a retry).</summary>
    public async Task<IReadOnlyList<TaskRow>> CardsInStateAsync(string cardState, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {TaskRow.Partition} and CardState eq {cardState} and Lifecycle eq {nameof(TaskLifecycle.Open)}");
        var list = new List<TaskRow>();
        await foreach (var row in (await TasksAsync(ct)).QueryAsync<TaskRow>(filter, cancellationToken: ct))
        {
            list.Add(row);
        }
        return list;
    }

    /// <summary>Replaces the row if its ETag still matches; false (nothing written) when it changed meanwhile.</summary>
    public async Task<bool> TryReplaceAsync(TaskRow row, CancellationToken ct)
    {
        try
        {
            var response = await (await TasksAsync(ct)).UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
            row.ETag = response.Headers.ETag ?? row.ETag;
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>
    /// Re-reads and applies <paramref name="change"/> until the replace wins (ETag); the change returns false to stop
    /// without writing. Returns the written row, or the current one when the change declined.
    /// </summary>
    public async Task<(TaskRow? Row, bool Written)> UpdateAsync(string taskId, Func<TaskRow, bool> change, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            var row = await FindAsync(taskId, ct);
            if (row is null)
            {
                return (null, false);
            }
            if (!change(row))
            {
                return (row, false);
            }
            if (await TryReplaceAsync(row, ct))
            {
                return (row, true);
            }
        }
        throw new InvalidOperationException($"Task {taskId} changed 20 times while being updated.");
    }

    public async Task AddEventAsync(TaskEventRow row, CancellationToken ct) => await (await EventsAsync(ct)).AddEntityAsync(row, ct);

    public async Task<IReadOnlyList<TaskEventRow>> EventsOfAsync(string taskId, CancellationToken ct)
    {
        var list = new List<TaskEventRow>();
        await foreach (var row in (await EventsAsync(ct)).QueryAsync<TaskEventRow>(TableClient.CreateQueryFilter($"PartitionKey eq {taskId}"), cancellationToken: ct))
        {
            list.Add(row);
        }
        return list;
    }

    private static bool IsId(string id) => id.Length == 16 && id.All(char.IsAsciiHexDigitLower);
}

/// <summary>One entry in a task's history (PartitionKey task id, RowKey time-ordered and unique).</summary>
public sealed class TaskEventRow : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    /// <summary>opened, comment, completed, extension-requested, extension-granted, extension-refused, cancelled, reopened, reassigned, file.</summary>
    public string Kind { get; set; } = "";
    public string ActorId { get; set; } = "";
    public string? ActorName { get; set; }
    public DateTimeOffset At { get; set; }
    public string? Text { get; set; }
    /// <summary>The text's code and its Danish when a feature or job wrote it (e.g. "the run no longer finds this"); null for what people typed.</summary>
    public string? Code { get; set; }
    public string? TextDa { get; set; }
    public string? ArtefactId { get; set; }
    public string? FileName { get; set; }

    public static TaskEventRow For(string taskId, string kind, string actorId, string? actorName, DateTimeOffset at, string? text = null) => new()
    {
        PartitionKey = taskId,
        RowKey = $"{at.UtcTicks:D19}-{Guid.NewGuid():N}"[..28],
        Kind = kind,
        ActorId = actorId,
        ActorName = actorName,
        At = at,
        Text = text,
    };
}
