using Azure;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Demo;

/// <summary>The story's record: who claimed it, and whether it was seeded, skipped (the store held data) or failed.</summary>
public sealed record DemoStoryState(string State, DateTimeOffset ClaimedAt, DateTimeOffset? FinishedAt, IReadOnlyList<string> Parts, string? Note);

public static class DemoStoryStates
{
    public const string Seeding = "seeding";
    public const string Seeded = "seeded";
    public const string Skipped = "skipped";
    public const string Failed = "failed";
}

/// <summary>
/// Table <c>DemoStory</c>, one row. The claim is a conditional insert: of several hosts starting on one storage exactly
/// one inserts the row and seeds; the others see it and do nothing, also on every later start.
/// </summary>
public sealed class DemoStoryStore(TableServiceClient tables, StorageNames names)
{
    private const string Partition = "story";
    private const string Row = "state";

    public async Task<bool> TryClaimAsync(DateTimeOffset now, CancellationToken ct)
    {
        var table = await tables.GetReadyTableAsync(names, "DemoStory", ct);
        try
        {
            await table.AddEntityAsync(new TableEntity(Partition, Row) { ["State"] = DemoStoryStates.Seeding, ["ClaimedAt"] = now }, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task FinishAsync(string state, DateTimeOffset now, IReadOnlyList<string> parts, string? note, CancellationToken ct)
    {
        var table = await tables.GetReadyTableAsync(names, "DemoStory", ct);
        await table.UpdateEntityAsync(new TableEntity(Partition, Row)
        {
            ["State"] = state,
            ["FinishedAt"] = now,
            ["Parts"] = string.Join(',', parts),
            ["Note"] = note,
        }, ETag.All, TableUpdateMode.Merge, ct);
    }

    public async Task<DemoStoryState?> FindAsync(CancellationToken ct)
    {
        var table = await tables.GetReadyTableAsync(names, "DemoStory", ct);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(Partition, Row, cancellationToken: ct);
        if (!row.HasValue)
            return null;
        var e = row.Value!;
        return new(e.GetString("State") ?? DemoStoryStates.Seeding, e.GetDateTimeOffset("ClaimedAt") ?? default, e.GetDateTimeOffset("FinishedAt"),
            (e.GetString("Parts") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries), e.GetString("Note"));
    }

    /// <summary>
    /// True when the vault's ledger has no entry: nothing was ever recorded, so a story cannot mix with real work.
    /// (Reads the Vault's table by its name: a read-only look, not a use of the Vault's types.)
    /// </summary>
    public async Task<bool> StoreIsEmptyAsync(CancellationToken ct)
    {
        var ledger = await tables.GetReadyTableAsync(names, "Ledger", ct);
        await foreach (var _ in ledger.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"], cancellationToken: ct))
            return false;
        return true;
    }
}
