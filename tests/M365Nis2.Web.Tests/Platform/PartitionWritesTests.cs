using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Platform;

/// <summary>
/// Group commit against real Azurite: concurrent writes to one partition share transactions, each caller still learns
/// its own outcome, and one stale or refused row never costs the others theirs.
/// </summary>
public sealed class PartitionWritesTests
{
    private readonly RequestCounter requests = new();
    private readonly TableClient table;
    private readonly PartitionWrites writes = new();

    public PartitionWritesTests()
    {
        var options = new TableClientOptions();
        options.AddPolicy(requests, HttpPipelinePosition.PerCall);
        table = new TableServiceClient(AzuriteServer.Shared.ConnectionString, options).GetTableClient(AzuriteServer.NewPrefix() + "Writes");
        table.CreateIfNotExists();
    }

    [Fact]
    public async Task Concurrent_replaces_share_transactions_and_each_row_gets_its_new_etag()
    {
        var rows = await SeedAsync("p", 250);
        var before = requests.Count;

        var answered = rows.Select(r => With(r, "answered")).ToList();
        var results = await Task.WhenAll(answered.Select(r => writes.TryReplaceAsync(table, r, CancellationToken.None)));

        Assert.All(results, Assert.True);
        Assert.InRange(requests.Count - before, 3, 50); // 250 rows are at least 3 transactions of 100
        var stored = await ReadAllAsync("p");
        Assert.All(stored, e => Assert.Equal("answered", e.GetString("State")));
        // Each caller's entity carries the ETag its row has now: a second conditional write with it succeeds.
        Assert.True(await writes.TryReplaceAsync(table, With(answered[7], "again"), CancellationToken.None));
        Assert.False(await writes.TryReplaceAsync(table, With(rows[8], "stale"), CancellationToken.None));
    }

    [Fact]
    public async Task A_row_changed_elsewhere_answers_false_and_the_rest_of_its_transaction_is_written()
    {
        var rows = await SeedAsync("q", 60);
        foreach (var key in new[] { "r010", "r042" })
        {
            await table.UpdateEntityAsync(new TableEntity("q", key) { ["State"] = "changed elsewhere" }, ETag.All, TableUpdateMode.Replace);
        }
        await table.DeleteEntityAsync("q", "r059");

        var results = await Task.WhenAll(rows.Select(r => writes.TryReplaceAsync(table, With(r, "answered"), CancellationToken.None)));

        var refused = rows.Where((_, i) => !results[i]).Select(r => r.RowKey).ToList();
        Assert.Equal(["r010", "r042", "r059"], refused);
        var stored = (await ReadAllAsync("q")).ToDictionary(e => e.RowKey, e => e.GetString("State"));
        Assert.Equal(59, stored.Count);
        Assert.Equal("changed elsewhere", stored["r010"]);
        Assert.Equal("changed elsewhere", stored["r042"]);
        Assert.Equal(57, stored.Values.Count(v => v == "answered"));
    }

    [Fact]
    public async Task Writes_to_the_same_row_keep_their_order()
    {
        var writesToOneRow = Enumerable.Range(0, 30)
            .Select(i => writes.UpsertAsync(table, new TableEntity("s", "one") { ["N"] = i }, CancellationToken.None))
            .ToList();
        await Task.WhenAll(writesToOneRow);

        var stored = await table.GetEntityAsync<TableEntity>("s", "one");
        Assert.Equal(29, stored.Value.GetInt32("N"));
    }

    [Fact]
    public async Task A_row_storage_refuses_fails_only_its_caller()
    {
        var good = Enumerable.Range(0, 20).Select(i => new TableEntity("t", $"g{i:D2}") { ["State"] = "ok" }).ToList();
        var bad = new TableEntity("t", "bad") { ["Payload"] = new string('x', 40_000) }; // over the 64 KiB property limit as UTF-16
        var all = good.Select(e => writes.UpsertAsync(table, e, CancellationToken.None)).Append(writes.UpsertAsync(table, bad, CancellationToken.None)).ToList();

        var failure = await Assert.ThrowsAnyAsync<RequestFailedException>(() => all[^1]);

        Assert.NotNull(failure.Message);
        await Task.WhenAll(all.Take(20));
        Assert.Equal(20, (await ReadAllAsync("t")).Count);
    }

    private async Task<List<TableEntity>> SeedAsync(string partition, int count)
    {
        var rows = Enumerable.Range(0, count).Select(i => new TableEntity(partition, $"r{i:D3}") { ["State"] = "sent" }).ToList();
        foreach (var chunk in rows.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)));
        }
        var stored = await ReadAllAsync(partition);
        return [.. stored.OrderBy(e => e.RowKey, StringComparer.Ordinal)];
    }

    private async Task<List<TableEntity>> ReadAllAsync(string partition)
    {
        var list = new List<TableEntity>();
        await foreach (var e in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
        {
            list.Add(e);
        }
        return list;
    }

    private static TableEntity With(TableEntity row, string state) => new(row.PartitionKey, row.RowKey) { ["State"] = state, ETag = row.ETag };

    private sealed class RequestCounter : HttpPipelineSynchronousPolicy
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref count);
    }
}
