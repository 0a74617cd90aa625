using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// Runs in Table <c>EvidenceRuns</c>, partition <c>mfa</c>. Run ids start with inverted ticks, so the table's natural
/// order is newest first and history is a plain top-N query.
/// </summary>
public sealed class EvidenceRunStore(TableServiceClient tables, StorageNames names)
{
    private const string Partition = "mfa";

    public static string NewRunId(DateTimeOffset started) =>
        $"{(DateTimeOffset.MaxValue.UtcTicks - started.UtcTicks).ToString("D19", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}"[..28];

    public async Task AddAsync(EvidenceRun run, CancellationToken ct)
    {
        var table = await tables.GetReadyTableAsync(names, "EvidenceRuns", ct);
        await table.AddEntityAsync(ToEntity(run), ct);
    }

    /// <summary>Replaces the row only if nobody changed it since it was read (the lease makes a writer unique; this proves it).</summary>
    public async Task UpdateAsync(EvidenceRun run, CancellationToken ct)
    {
        var table = await tables.GetReadyTableAsync(names, "EvidenceRuns", ct);
        var current = await table.GetEntityAsync<TableEntity>(Partition, run.Id, cancellationToken: ct);
        await table.UpdateEntityAsync(ToEntity(run), current.Value.ETag, TableUpdateMode.Replace, ct);
    }

    public async Task<EvidenceRun?> FindAsync(string id, CancellationToken ct)
    {
        var table = await tables.GetReadyTableAsync(names, "EvidenceRuns", ct);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, id, cancellationToken: ct);
        return row.HasValue ? FromEntity(row.Value!) : null;
    }

    /// <summary>The newest runs first, optionally only those in a status.</summary>
    public async Task<IReadOnlyList<EvidenceRun>> LatestAsync(int count, string? status, CancellationToken ct)
    {
        var table = await tables.GetReadyTableAsync(names, "EvidenceRuns", ct);
        var filter = status is null ? TableClient.CreateQueryFilter($"PartitionKey eq {Partition}") : TableClient.CreateQueryFilter($"PartitionKey eq {Partition} and Status eq {status}");
        var runs = new List<EvidenceRun>(count);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(count, 1000), cancellationToken: ct))
        {
            runs.Add(FromEntity(row));
            if (runs.Count == count)
                break;
        }
        return runs;
    }

    private static TableEntity ToEntity(EvidenceRun r) => new(Partition, r.Id)
    {
        ["Status"] = r.Status,
        ["Trigger"] = r.Trigger,
        ["Actor"] = r.Actor,
        ["StartedAt"] = r.StartedAt,
        ["FinishedAt"] = r.FinishedAt,
        ["IsDemo"] = r.IsDemo,
        ["Overall"] = r.Overall,
        ["Checks"] = JsonSerializer.Serialize(r.Checks),
        ["RegistrationPercent"] = r.RegistrationPercent is { } p ? (double)p : null,
        ["AdminsPercent"] = r.AdminsPercent is { } a ? (double)a : null,
        ["ArtefactId"] = r.ArtefactId,
        ["RequestsTotal"] = r.RequestsTotal,
        ["RequestsReports"] = r.RequestsReports,
        ["Throttled"] = r.Throttled,
        ["Error"] = r.Error,
    };

    private static EvidenceRun FromEntity(TableEntity e) => new(
        e.RowKey,
        e.GetString("Status") ?? RunStatuses.Failed,
        e.GetString("Trigger") ?? "",
        e.GetString("Actor") ?? "",
        e.GetDateTimeOffset("StartedAt") ?? default,
        e.GetDateTimeOffset("FinishedAt"),
        e.GetBoolean("IsDemo") ?? false,
        e.GetString("Overall"),
        JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("Checks") ?? "{}") ?? [],
        e.GetDouble("RegistrationPercent") is { } p ? (decimal)p : null,
        e.GetDouble("AdminsPercent") is { } a ? (decimal)a : null,
        e.GetString("ArtefactId"),
        e.GetInt32("RequestsTotal") ?? 0,
        e.GetInt32("RequestsReports") ?? 0,
        e.GetInt32("Throttled") ?? 0,
        e.GetString("Error"));
}
