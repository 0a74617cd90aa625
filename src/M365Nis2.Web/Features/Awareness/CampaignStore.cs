using Azure;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>Campaign headers and per-recipient rows in Azure Tables (AwarenessCampaigns, AwarenessRecipients).</summary>
public sealed class CampaignStore(TableServiceClient tables, StorageNames names, PartitionWrites writes, RememberedRecipients remembered)
{
    private TableClient? campaigns;
    private TableClient? recipients;

    public async Task<TableClient> CampaignsAsync(CancellationToken ct) =>
        campaigns ??= await tables.GetReadyTableAsync(names, "AwarenessCampaigns", ct);

    public async Task<TableClient> RecipientsAsync(CancellationToken ct) =>
        recipients ??= await tables.GetReadyTableAsync(names, "AwarenessRecipients", ct);

    /// <summary>Writes every recipient row (Pending) first, then the header, so the job never sees half a campaign.</summary>
    public async Task CreateAsync(CampaignRow campaign, IReadOnlyList<RecipientRow> rows, CancellationToken ct)
    {
        var table = await RecipientsAsync(ct);
        foreach (var chunk in rows.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), ct);
        }
        await (await CampaignsAsync(ct)).AddEntityAsync(campaign, ct);
    }

    public async Task<CampaignRow?> FindCampaignAsync(string campaignId, CancellationToken ct)
    {
        if (!TableKeys.IsValid(campaignId))
        {
            return null;
        }
        var found = await (await CampaignsAsync(ct)).GetEntityIfExistsAsync<CampaignRow>(CampaignRow.Partition, campaignId, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    public async Task<IReadOnlyList<CampaignRow>> ListCampaignsAsync(CancellationToken ct)
    {
        var table = await CampaignsAsync(ct);
        var list = new List<CampaignRow>();
        await foreach (var row in table.QueryAsync<CampaignRow>(r => r.PartitionKey == CampaignRow.Partition, cancellationToken: ct))
        {
            list.Add(row);
        }
        return list;
    }

    public async Task<RecipientRow?> FindRecipientAsync(string campaignId, string objectId, CancellationToken ct)
    {
        if (!TableKeys.IsValid(campaignId) || !TableKeys.IsValid(objectId))
        {
            return null;
        }
        var found = await (await RecipientsAsync(ct)).GetEntityIfExistsAsync<RecipientRow>(campaignId, objectId, cancellationToken: ct);
        if (!found.HasValue || found.Value is not { } row)
        {
            remembered.Forget(campaignId, objectId);
            return null;
        }
        remembered.Remember(row);
        return row;
    }

    /// <summary>
    /// The row as this instance last read or wrote it, without asking storage; null when not remembered. Only for a
    /// caller that goes on to an ETag-checked <see cref="TryReplaceAsync"/> (see <see cref="RememberedRecipients"/>).
    /// </summary>
    public RecipientRow? RememberedRecipient(string campaignId, string objectId) => remembered.Recall(campaignId, objectId);

    public async Task<IReadOnlyList<RecipientRow>> RecipientsOfAsync(string campaignId, string? state, CancellationToken ct)
    {
        var table = await RecipientsAsync(ct);
        var filter = state is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {campaignId}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {campaignId} and State eq {state}");
        var list = new List<RecipientRow>();
        await foreach (var row in table.QueryAsync<RecipientRow>(filter, cancellationToken: ct))
        {
            list.Add(row);
        }
        return list;
    }

    /// <summary>Every campaign row of one user (a cross-partition query: fine for a status card).</summary>
    public async Task<IReadOnlyList<RecipientRow>> RowsOfUserAsync(string objectId, CancellationToken ct)
    {
        var table = await RecipientsAsync(ct);
        var list = new List<RecipientRow>();
        await foreach (var row in table.QueryAsync<RecipientRow>(TableClient.CreateQueryFilter($"RowKey eq {objectId}"), cancellationToken: ct))
        {
            list.Add(row);
        }
        return list;
    }

    /// <summary>
    /// Replaces the row if its ETag still matches; false (and nothing written) when someone changed it meanwhile.
    /// Group-committed per campaign, so a burst of quiz answers or the fan-out's parallel sends share transactions
    /// instead of queueing one write each on storage.
    /// </summary>
    public async Task<bool> TryReplaceAsync(RecipientRow row, CancellationToken ct)
    {
        if (await writes.TryReplaceAsync(await RecipientsAsync(ct), row, ct))
        {
            remembered.Remember(row);
            return true;
        }
        remembered.Forget(row.PartitionKey, row.RowKey);
        return false;
    }
}
