using Azure;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Scope;

/// <summary>Versioned scope assessments and registration records in one table (ScopeRecords).</summary>
public sealed class ScopeStore(TableServiceClient tables, StorageNames names)
{
    private TableClient? table;

    private async Task<TableClient> Table(CancellationToken ct) => table ??= await tables.GetReadyTableAsync(names, "ScopeRecords", ct);

    public async Task<ScopeVersionRow?> CurrentAsync(string kind, CancellationToken ct)
    {
        var head = await (await Table(ct)).GetEntityIfExistsAsync<ScopeVersionRow>(kind, ScopeVersionRow.Head, cancellationToken: ct);
        return head.HasValue ? head.Value : null;
    }

    /// <summary>
    /// Appends <paramref name="next"/> as version current+1 and moves the head, atomically; false when another writer
    /// moved the head first (the caller re-reads and decides again).
    /// </summary>
    public async Task<bool> TryAppendAsync(string kind, ScopeVersionRow? current, ScopeVersionRow next, CancellationToken ct)
    {
        next.PartitionKey = kind;
        next.Version = (current?.Version ?? 0) + 1;
        next.RowKey = ScopeVersionRow.Key(next.Version);
        var head = Copy(next, ScopeVersionRow.Head);
        var batch = new List<TableTransactionAction> { new(TableTransactionActionType.Add, next) };
        batch.Add(current is null
            ? new TableTransactionAction(TableTransactionActionType.Add, head)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, head, current.ETag));
        try
        {
            await (await Table(ct)).SubmitTransactionAsync(batch, ct);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Marks the head's version submitted, ETag-conditioned on the head read by the caller.</summary>
    public async Task<bool> TryMarkSubmittedAsync(ScopeVersionRow head, DateTimeOffset at, string artefactId, CancellationToken ct)
    {
        var t = await Table(ct);
        var version = (await t.GetEntityAsync<ScopeVersionRow>(head.PartitionKey, ScopeVersionRow.Key(head.Version), cancellationToken: ct)).Value;
        head.SubmittedAt = version.SubmittedAt = at;
        head.SubmittedArtefactId = version.SubmittedArtefactId = artefactId;
        try
        {
            await t.SubmitTransactionAsync(
            [
                new(TableTransactionActionType.UpdateReplace, head, head.ETag),
                new(TableTransactionActionType.UpdateReplace, version, version.ETag),
            ], ct);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<ScopeVersionRow>> HistoryAsync(string kind, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {kind} and RowKey ne {ScopeVersionRow.Head}");
        var rows = new List<ScopeVersionRow>();
        await foreach (var row in (await Table(ct)).QueryAsync<ScopeVersionRow>(filter, cancellationToken: ct))
        {
            rows.Add(row);
        }
        return rows.OrderByDescending(r => r.Version).ToList();
    }

    private static ScopeVersionRow Copy(ScopeVersionRow row, string rowKey) => new()
    {
        PartitionKey = row.PartitionKey,
        RowKey = rowKey,
        Version = row.Version,
        Json = row.Json,
        ArtefactId = row.ArtefactId,
        SavedBy = row.SavedBy,
        SavedByName = row.SavedByName,
        SavedAt = row.SavedAt,
        Summary = row.Summary,
        SubmittedAt = row.SubmittedAt,
        SubmittedArtefactId = row.SubmittedArtefactId,
    };
}
