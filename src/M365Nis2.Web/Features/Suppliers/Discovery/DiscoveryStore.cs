using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>A third-party app as last discovered, with the CISO's decision (kept across runs).</summary>
/// <param name="Present">False when the last successful run no longer found it (consent removed): kept for the record.</param>
public sealed record DiscoveredAppRow(
    string ServicePrincipalId,
    RankedApp App,
    DiscoveryDecision Decision,
    string? SupplierId,
    string? Reason,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    bool Present);

/// <summary>The latest discovery run: when, how it ended, and the signed record of what was read.</summary>
public sealed record DiscoveryRun(DateTimeOffset At, string Status, string? Detail, int Apps, int HighPrivilege, int Requests, string? ArtefactId)
{
    public bool Succeeded => Status == "Ok";
}

/// <summary>
/// The "SupplierDiscovery" table: partition "app" with one row per third-party service principal, partition "run" with
/// the latest run. Decisions are written with the row's ETag so a rerun never overwrites a CISO's decision.
/// </summary>
public sealed class DiscoveryStore(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "SupplierDiscovery";
    private TableClient? table;

    private async Task<TableClient> TableAsync(CancellationToken ct) => table ??= await tables.GetReadyTableAsync(names, TableName, ct);

    public async Task<IReadOnlyList<Stored<DiscoveredAppRow>>> AppsAsync(CancellationToken ct)
    {
        var list = new List<Stored<DiscoveredAppRow>>();
        await foreach (var row in (await TableAsync(ct)).QueryAsync<TableEntity>(e => e.PartitionKey == "app", cancellationToken: ct))
            list.Add(new(Read<DiscoveredAppRow>(row), row.ETag));
        return list;
    }

    public async Task<Stored<DiscoveredAppRow>?> FindAsync(string servicePrincipalId, CancellationToken ct)
    {
        var row = await (await TableAsync(ct)).GetEntityIfExistsAsync<TableEntity>("app", servicePrincipalId, cancellationToken: ct);
        return row.HasValue ? new(Read<DiscoveredAppRow>(row.Value!), row.Value!.ETag) : null;
    }

    /// <summary>Adds (etag null) or replaces if unchanged; false when another writer came first.</summary>
    public async Task<bool> TrySaveAsync(DiscoveredAppRow app, ETag? etag, CancellationToken ct)
    {
        var entity = new TableEntity("app", app.ServicePrincipalId) { ["Json"] = JsonSerializer.Serialize(app, SupplierJson.Options) };
        try
        {
            var t = await TableAsync(ct);
            await (etag is { } e ? t.UpdateEntityAsync(entity, e, TableUpdateMode.Replace, ct) : t.AddEntityAsync(entity, ct));
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
    }

    public async Task<DiscoveryRun?> LatestRunAsync(CancellationToken ct)
    {
        var row = await (await TableAsync(ct)).GetEntityIfExistsAsync<TableEntity>("run", "latest", cancellationToken: ct);
        return row.HasValue ? Read<DiscoveryRun>(row.Value!) : null;
    }

    public async Task SaveRunAsync(DiscoveryRun run, CancellationToken ct) =>
        await (await TableAsync(ct)).UpsertEntityAsync(new TableEntity("run", "latest") { ["Json"] = JsonSerializer.Serialize(run, SupplierJson.Options) },
            TableUpdateMode.Replace, ct);

    private static T Read<T>(TableEntity row) =>
        JsonSerializer.Deserialize<T>(row.GetString("Json") ?? "null", SupplierJson.Options) ?? throw new InvalidDataException($"Row {row.RowKey} is empty.");
}
