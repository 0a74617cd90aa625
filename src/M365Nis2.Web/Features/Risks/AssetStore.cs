using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Risks;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Risks;

/// <summary>
/// The "Assets" table: partition "asset", one row per asset. An asset belongs to a batch (a single create or one CSV
/// import) and counts only once its batch row in partition "batch" exists. The batch row is written last, so an import
/// interrupted half-way leaves only rows nobody reads: nothing is ever half-imported, even across a crash, although a
/// table transaction holds 100 rows at most.
/// </summary>
public sealed class AssetStore(TableServiceClient tables, StorageNames names)
{
    private const string AssetPartition = "asset";
    private const string BatchPartition = "batch";
    private const int TransactionLimit = 100;
    private TableClient? table;

    private async Task<TableClient> TableAsync(CancellationToken ct) => table ??= await tables.GetReadyTableAsync(names, "Assets", ct);

    public async Task<IReadOnlyList<Asset>> ListAsync(CancellationToken ct)
    {
        var t = await TableAsync(ct);
        var committed = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var b in t.QueryAsync<TableEntity>(e => e.PartitionKey == BatchPartition, select: ["RowKey"], cancellationToken: ct))
            committed.Add(b.RowKey);
        var list = new List<Asset>();
        await foreach (var row in t.QueryAsync<TableEntity>(e => e.PartitionKey == AssetPartition, cancellationToken: ct))
        {
            if (committed.Contains(row.GetString("Batch") ?? ""))
                list.Add(RiskJson.Read<Asset>(row.GetString("Json")!));
        }
        return [.. list.OrderBy(a => a.Name, StringComparer.CurrentCultureIgnoreCase)];
    }

    /// <summary>Adds the assets as one batch; they appear together when the batch row is written, or not at all.</summary>
    public async Task AddBatchAsync(IReadOnlyList<Asset> assets, string actor, DateTimeOffset at, CancellationToken ct)
    {
        var t = await TableAsync(ct);
        var batch = Guid.NewGuid().ToString("N");
        foreach (var chunk in assets.Chunk(TransactionLimit))
        {
            await t.SubmitTransactionAsync(chunk.Select(a => new TableTransactionAction(TableTransactionActionType.Add,
                new TableEntity(AssetPartition, a.Id) { ["Json"] = RiskJson.Write(a), ["Batch"] = batch, ["Name"] = a.Name })), ct);
        }
        await t.AddEntityAsync(new TableEntity(BatchPartition, batch) { ["Count"] = assets.Count, ["By"] = actor, ["At"] = at }, ct);
    }

    /// <summary>Replaces one asset if unchanged since read (the list carries no ETags, so edits re-read first).</summary>
    public async Task<bool> TryUpdateAsync(Asset asset, CancellationToken ct)
    {
        var t = await TableAsync(ct);
        var row = await t.GetEntityIfExistsAsync<TableEntity>(AssetPartition, asset.Id, cancellationToken: ct);
        if (!row.HasValue)
            return false;
        var entity = new TableEntity(AssetPartition, asset.Id) { ["Json"] = RiskJson.Write(asset), ["Batch"] = row.Value!.GetString("Batch"), ["Name"] = asset.Name };
        try
        {
            await t.UpdateEntityAsync(entity, row.Value.ETag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }
}
