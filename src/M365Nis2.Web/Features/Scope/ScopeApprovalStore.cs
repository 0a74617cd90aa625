using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Scope;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Scope;

/// <summary>
/// One board round on the scope classification (PK "classification-round", RK the round id), in the ScopeRecords
/// table: which version and hash the board was asked about, and how it decided.
/// </summary>
public sealed class ScopeRoundRow : ITableEntity
{
    public const string Partition = "classification-round";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int Version { get; set; }

    public string Sha256 { get; set; } = "";

    public string Decision { get; set; } = nameof(ClassificationDecision.Pending);

    public DateTimeOffset RequestedAt { get; set; }

    public string RequestedByName { get; set; } = "";

    public DateTimeOffset Deadline { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecisionArtefactId { get; set; }

    /// <summary>Display names of those whose approval counted, joined with "; ".</summary>
    public string Approvers { get; set; } = "";

    public ClassificationRound ToRound() => new(Version, Sha256, RowKey, Enum.Parse<ClassificationDecision>(Decision), RequestedAt, DecidedAt);
}

public sealed class ScopeApprovalStore(TableServiceClient tables, StorageNames names)
{
    private TableClient? table;

    private async Task<TableClient> Table(CancellationToken ct) => table ??= await tables.GetReadyTableAsync(names, "ScopeRecords", ct);

    public async Task<IReadOnlyList<ScopeRoundRow>> RoundsAsync(CancellationToken ct)
    {
        var rows = new List<ScopeRoundRow>();
        await foreach (var row in (await Table(ct)).QueryAsync<ScopeRoundRow>(TableClient.CreateQueryFilter($"PartitionKey eq {ScopeRoundRow.Partition}"), cancellationToken: ct))
        {
            rows.Add(row);
        }
        return rows;
    }

    public async Task AddAsync(ScopeRoundRow row, CancellationToken ct) => await (await Table(ct)).AddEntityAsync(row, ct);

    /// <summary>
    /// Records the decision of a round once: a repeat (the approval machinery tells at least once) finds it decided and
    /// changes nothing. A round whose row is missing (a crash between starting the round and writing the row) is written
    /// from the decision, which carries the version and hash.
    /// </summary>
    public async Task DecideAsync(ScopeRoundRow decided, CancellationToken ct)
    {
        var t = await Table(ct);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var existing = await t.GetEntityIfExistsAsync<ScopeRoundRow>(ScopeRoundRow.Partition, decided.RowKey, cancellationToken: ct);
            try
            {
                if (!existing.HasValue)
                {
                    await t.AddEntityAsync(decided, ct);
                    return;
                }
                var row = existing.Value!;
                if (row.Decision != nameof(ClassificationDecision.Pending)) return;
                row.Decision = decided.Decision;
                row.DecidedAt = decided.DecidedAt;
                row.DecisionArtefactId = decided.DecisionArtefactId;
                row.Approvers = decided.Approvers;
                await t.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Someone else wrote the row between our read and write: read again and decide again.
            }
        }
        throw new InvalidOperationException($"The decision of scope round {decided.RowKey} could not be recorded; it will be retried.");
    }
}
