using System.Net.Http.Json;
using System.Text;
using Azure.Data.Tables;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Tests.Vault;

public class LedgerIntegrityTests
{
    private static async Task<VerifyResponse> VerifyViaApiAsync(VaultTestApp v)
    {
        using var ciso = v.App.Http(VaultTestApp.Ciso);
        return (await ciso.GetFromJsonAsync<VerifyResponse>(new Uri("/api/ledger/verify", UriKind.Relative)))!;
    }

    private static async Task<List<ArtefactReceipt>> PutFourAsync(VaultTestApp v)
    {
        var receipts = new List<ArtefactReceipt>();
        for (var i = 1; i <= 4; i++)
        {
            receipts.Add(await v.PutTextAsync($"{{\"n\":{i}}}"));
        }
        return receipts;
    }

    [Fact]
    public async Task Fifty_parallel_appends_form_one_unbroken_chain()
    {
        using var v = new VaultTestApp();

        var receipts = await Task.WhenAll(Enumerable.Range(1, 50).Select(i => Task.Run(() => v.PutTextAsync($"{{\"parallel\":{i}}}"))));
        var report = await v.Vault.VerifyAsync();

        Assert.True(report.Ok, string.Join("; ", report.Problems));
        Assert.Equal(50, report.Entries);
        Assert.Equal(Enumerable.Range(1, 50).Select(i => (long)i), receipts.Select(r => r.LedgerSequence).Order());
        Assert.Equal(50, receipts.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public async Task Reputting_identical_content_returns_the_same_id_and_adds_no_blob_or_entry()
    {
        using var v = new VaultTestApp();
        var first = await v.PutTextAsync("same bytes", "evidence.a", "art21.2.j");
        var blobsAfterFirst = await v.CountBlobsAsync();

        var second = await v.PutTextAsync("same bytes", "evidence.b", "art21.2.a");
        var concurrent = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => v.PutTextAsync("same bytes")));

        Assert.Equal(2, blobsAfterFirst);
        Assert.Equal(2, await v.CountBlobsAsync());
        Assert.Equal((first.Id, first.LedgerSequence, true), (second.Id, second.LedgerSequence, first.Created));
        Assert.False(second.Created);
        Assert.All(concurrent, r => Assert.Equal((first.Id, 1L, false), (r.Id, r.LedgerSequence, r.Created)));
        Assert.Equal(1, (await v.Vault.VerifyAsync()).Entries);
        Assert.Equal("evidence.a", (await v.Vault.FindAsync(first.Id))!.Kind);
    }

    [Fact]
    public async Task Deleted_blob_is_reported_at_its_entry()
    {
        using var v = new VaultTestApp();
        var receipts = await PutFourAsync(v);
        await v.Container.DeleteBlobAsync(Domain.Vault.ArtefactIds.BlobName(receipts[1].Id));

        var result = await VerifyViaApiAsync(v);

        Assert.False(result.Ok);
        Assert.Contains(result.Problems, p => p.Sequence == 2 && p.ArtefactId == receipts[1].Id && p.Problem == "ArtefactMissing");
        Assert.All(result.Problems, p => Assert.Equal(2, p.Sequence));
    }

    [Fact]
    public async Task Changed_blob_content_is_reported_at_its_entry()
    {
        using var v = new VaultTestApp();
        var receipts = await PutFourAsync(v);
        await v.Container.GetBlobClient(Domain.Vault.ArtefactIds.BlobName(receipts[2].Id))
            .UploadAsync(new BinaryData(Encoding.UTF8.GetBytes("{\"n\":33}")), overwrite: true);

        var result = await VerifyViaApiAsync(v);

        Assert.Contains(result.Problems, p => p.Sequence == 3 && p.ArtefactId == receipts[2].Id && p.Problem == "ContentHashMismatch");
        Assert.Contains(result.Problems, p => p.Sequence == 3 && p.Problem == "SignatureInvalid");
        Assert.All(result.Problems, p => Assert.Equal(3, p.Sequence));
    }

    [Fact]
    public async Task Deleted_ledger_row_is_reported_as_missing_and_breaks_the_next_link()
    {
        using var v = new VaultTestApp();
        var receipts = await PutFourAsync(v);
        await v.LedgerTable.DeleteEntityAsync(LedgerStore.Partition, LedgerStore.EntryKey(2));

        var result = await VerifyViaApiAsync(v);

        Assert.Contains(result.Problems, p => p is { Sequence: 2, Problem: "EntryMissing" });
        Assert.Contains(result.Problems, p => p.Sequence == 3 && p.ArtefactId == receipts[2].Id && p.Problem == "PreviousHashMismatch");
    }

    [Fact]
    public async Task Deleted_last_ledger_row_is_caught_by_the_head()
    {
        using var v = new VaultTestApp();
        await PutFourAsync(v);
        await v.LedgerTable.DeleteEntityAsync(LedgerStore.Partition, LedgerStore.EntryKey(4));

        var result = await VerifyViaApiAsync(v);

        Assert.Contains(result.Problems, p => p is { Sequence: 4, Problem: "EntryMissing" });
    }

    [Fact]
    public async Task Swapped_ledger_rows_are_reported_at_both_positions()
    {
        using var v = new VaultTestApp();
        var receipts = await PutFourAsync(v);
        var table = v.LedgerTable;
        var row2 = (await table.GetEntityAsync<TableEntity>(LedgerStore.Partition, LedgerStore.EntryKey(2))).Value;
        var row3 = (await table.GetEntityAsync<TableEntity>(LedgerStore.Partition, LedgerStore.EntryKey(3))).Value;
        await table.UpsertEntityAsync(WithKeys(row3, row2.RowKey), TableUpdateMode.Replace);
        await table.UpsertEntityAsync(WithKeys(row2, row3.RowKey), TableUpdateMode.Replace);

        var result = await VerifyViaApiAsync(v);

        Assert.Contains(result.Problems, p => p.Sequence == 2 && p.ArtefactId == receipts[2].Id && p.Problem == "EntryHashMismatch");
        Assert.Contains(result.Problems, p => p.Sequence == 3 && p.ArtefactId == receipts[1].Id && p.Problem == "EntryHashMismatch");
    }

    [Fact]
    public async Task Reputting_an_artefact_whose_ledger_entry_was_deleted_fails_loudly_instead_of_forking()
    {
        using var v = new VaultTestApp();
        await v.PutTextAsync("first");
        var receipt = await v.PutTextAsync("second");
        await v.LedgerTable.DeleteEntityAsync(LedgerStore.Partition, LedgerStore.EntryKey(receipt.LedgerSequence));
        var index = new TableServiceClient(Support.AzuriteServer.Shared.ConnectionString).GetTableClient(v.App.StoragePrefix + ArtefactIndex.TableName);
        await index.DeleteEntityAsync(receipt.Id, "artefact");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => v.PutTextAsync("second"));

        Assert.Contains("tampered", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, (await v.Vault.VerifyAsync()).Entries);
    }

    private static TableEntity WithKeys(TableEntity source, string rowKey)
    {
        var copy = new TableEntity(source.PartitionKey, rowKey);
        foreach (var (key, value) in source.Where(kv => kv.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")))
        {
            copy[key] = value;
        }
        return copy;
    }
}
