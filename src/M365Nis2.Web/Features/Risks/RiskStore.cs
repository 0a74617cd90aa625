using Azure;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Risks;

/// <summary>
/// The "Risks" table. One partition per risk: RowKey "current" (the register row) and "h{version:D6}" (one history row per
/// change). A change writes both in one entity-group transaction guarded by the current row's ETag, so the register and
/// its history can never disagree, and two editors cannot both win. Risk numbers come from a counter row.
/// </summary>
public sealed class RiskStore(TableServiceClient tables, StorageNames names)
{
    private const string Current = "current";
    private const string MetaPartition = "meta";
    private const string CounterRow = "risk-counter";
    private TableClient? table;

    private async Task<TableClient> TableAsync(CancellationToken ct) => table ??= await tables.GetReadyTableAsync(names, "Risks", ct);

    /// <summary>The next risk id (R-1, R-2 …); a conflict on the counter is retried.</summary>
    public async Task<string> NextIdAsync(CancellationToken ct)
    {
        var t = await TableAsync(ct);
        while (true)
        {
            var row = await t.GetEntityIfExistsAsync<TableEntity>(MetaPartition, CounterRow, cancellationToken: ct);
            var next = (row.HasValue ? row.Value!.GetInt32("Next") ?? 1 : 1);
            var entity = new TableEntity(MetaPartition, CounterRow) { ["Next"] = next + 1 };
            try
            {
                if (row.HasValue)
                    await t.UpdateEntityAsync(entity, row.Value!.ETag, TableUpdateMode.Replace, ct);
                else
                    await t.AddEntityAsync(entity, ct);
                return $"R-{next}";
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // another instance took this number; read again
            }
        }
    }

    public async Task<(StoredRisk Risk, ETag ETag)?> FindAsync(string id, CancellationToken ct)
    {
        var row = await (await TableAsync(ct)).GetEntityIfExistsAsync<TableEntity>(id, Current, cancellationToken: ct);
        return row.HasValue ? (RiskJson.Read<StoredRisk>(row.Value!.GetString("Json")!), row.Value!.ETag) : null;
    }

    public async Task<IReadOnlyList<StoredRisk>> ListAsync(CancellationToken ct)
    {
        var list = new List<StoredRisk>();
        await foreach (var row in (await TableAsync(ct)).QueryAsync<TableEntity>(e => e.RowKey == Current, cancellationToken: ct))
            list.Add(RiskJson.Read<StoredRisk>(row.GetString("Json")!));
        return [.. list.OrderBy(r => r.Risk.Id.Length).ThenBy(r => r.Risk.Id, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyList<RiskHistoryEntry>> HistoryAsync(string id, CancellationToken ct)
    {
        var list = new List<RiskHistoryEntry>();
        await foreach (var row in (await TableAsync(ct)).QueryAsync<TableEntity>(e => e.PartitionKey == id && e.RowKey.CompareTo("h") >= 0 && e.RowKey.CompareTo("i") < 0, cancellationToken: ct))
            list.Add(RiskJson.Read<RiskHistoryEntry>(row.GetString("Json")!));
        return list;
    }

    /// <summary>Claims a reminder once: true for the first caller only (a conditional insert).</summary>
    public async Task<bool> TryClaimReminderAsync(string riskId, string key, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await (await TableAsync(ct)).AddEntityAsync(new TableEntity(riskId, "reminder:" + key) { ["SentAt"] = now }, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes the risk and its history line together: added when <paramref name="etag"/> is null, else replaced if
    /// unchanged since read. False when someone else wrote first (the caller reads again and re-applies).
    /// </summary>
    public async Task<bool> TrySaveAsync(StoredRisk risk, RiskHistoryEntry entry, ETag? etag, CancellationToken ct)
    {
        var id = risk.Risk.Id;
        var current = new TableEntity(id, Current) { ["Json"] = RiskJson.Write(risk), ["Version"] = risk.Version };
        var history = new TableEntity(id, $"h{entry.Version:D6}") { ["Json"] = RiskJson.Write(entry) };
        TableTransactionAction[] actions = etag is { } tag
            ? [new(TableTransactionActionType.UpdateReplace, current, tag), new(TableTransactionActionType.Add, history)]
            : [new(TableTransactionActionType.Add, current), new(TableTransactionActionType.Add, history)];
        try
        {
            await (await TableAsync(ct)).SubmitTransactionAsync(actions, ct);
            return true;
        }
        catch (TableTransactionFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }
}
