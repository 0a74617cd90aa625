using System.Text.Json;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>One source's part of a collection run, as kept for history and status.</summary>
/// <param name="Measures">Measure id → combined automated outcome of this source (Met / PartiallyMet / NotMet / Unknown).</param>
/// <param name="Checks">Check key → outcome.</param>
/// <param name="Unavailable">Why nothing could be judged (e.g. "missing permission SecurityEvents.Read.All"); null when something was.</param>
/// <param name="UnavailableDa">The same in Danish (null on rows stored before it was kept).</param>
public sealed record SourceRun(
    string Source,
    string RunId,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    bool IsDemo,
    IReadOnlyDictionary<string, string> Measures,
    IReadOnlyDictionary<string, string> Checks,
    IReadOnlyDictionary<string, decimal?> Metrics,
    string? ArtefactId,
    int Requests,
    int Throttled,
    string? Unavailable,
    string? Error,
    string? UnavailableDa = null);

/// <summary>
/// Source runs in Table <c>EvidenceSourceRuns</c>, partition = source key, row = the collection run id (inverted ticks,
/// so the natural order is newest first and "latest" is a top-1 query per source).
/// </summary>
public sealed class SourceRunStore(TableServiceClient tables, StorageNames names)
{
    private const string Table = "EvidenceSourceRuns";

    public async Task UpsertAsync(SourceRun run, CancellationToken ct)
    {
        var table = await tables.GetReadyTableAsync(names, Table, ct);
        await table.UpsertEntityAsync(new TableEntity(run.Source, run.RunId)
        {
            ["Status"] = run.Status,
            ["StartedAt"] = run.StartedAt,
            ["FinishedAt"] = run.FinishedAt,
            ["IsDemo"] = run.IsDemo,
            ["Measures"] = JsonSerializer.Serialize(run.Measures),
            ["Checks"] = JsonSerializer.Serialize(run.Checks),
            ["Metrics"] = JsonSerializer.Serialize(run.Metrics),
            ["ArtefactId"] = run.ArtefactId,
            ["Requests"] = run.Requests,
            ["Throttled"] = run.Throttled,
            ["Unavailable"] = run.Unavailable,
            ["UnavailableDa"] = run.UnavailableDa,
            ["Error"] = run.Error,
        }, TableUpdateMode.Replace, ct);
    }

    /// <summary>The newest runs of a source, newest first, optionally only those in a status.</summary>
    public async Task<IReadOnlyList<SourceRun>> LatestAsync(string source, int count, string? status, CancellationToken ct)
    {
        var table = await tables.GetReadyTableAsync(names, Table, ct);
        var filter = status is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {source}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {source} and Status eq {status}");
        var runs = new List<SourceRun>(count);
        await foreach (var e in table.QueryAsync<TableEntity>(filter, maxPerPage: Math.Min(count, 1000), cancellationToken: ct))
        {
            runs.Add(FromEntity(e));
            if (runs.Count == count)
                break;
        }
        return runs;
    }

    /// <summary>Every source's part of one collection run.</summary>
    public async Task<IReadOnlyList<SourceRun>> OfRunAsync(string runId, CancellationToken ct)
    {
        var table = await tables.GetReadyTableAsync(names, Table, ct);
        var runs = new List<SourceRun>();
        await foreach (var e in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {runId}"), cancellationToken: ct))
            runs.Add(FromEntity(e));
        return runs;
    }

    private static SourceRun FromEntity(TableEntity e) => new(
        e.PartitionKey,
        e.RowKey,
        e.GetString("Status") ?? RunStatuses.Failed,
        e.GetDateTimeOffset("StartedAt") ?? default,
        e.GetDateTimeOffset("FinishedAt"),
        e.GetBoolean("IsDemo") ?? false,
        JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("Measures") ?? "{}") ?? [],
        JsonSerializer.Deserialize<Dictionary<string, string>>(e.GetString("Checks") ?? "{}") ?? [],
        JsonSerializer.Deserialize<Dictionary<string, decimal?>>(e.GetString("Metrics") ?? "{}") ?? [],
        e.GetString("ArtefactId"),
        e.GetInt32("Requests") ?? 0,
        e.GetInt32("Throttled") ?? 0,
        e.GetString("Unavailable"),
        e.GetString("Error"),
        e.GetString("UnavailableDa"));
}
