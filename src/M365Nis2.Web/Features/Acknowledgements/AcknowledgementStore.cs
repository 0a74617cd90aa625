using Azure;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Acknowledgements;

/// <summary>Campaigns, audiences and per-person rows in Azure Tables (AckCampaigns, AckRecipients); every change is ETag-checked.</summary>
public sealed class AcknowledgementStore(TableServiceClient tables, StorageNames names)
{
    private readonly Lazy<Task<(TableClient Campaigns, TableClient Recipients)>> clients = new(async () =>
        (await tables.GetReadyTableAsync(names, "AckCampaigns"), await tables.GetReadyTableAsync(names, "AckRecipients")));

    /// <summary>Inserts the campaign unless it exists (conditional insert): false when it was there already.</summary>
    public async Task<bool> TryAddCampaignAsync(AckCampaignRow row, CancellationToken ct)
    {
        try
        {
            await (await clients.Value).Campaigns.AddEntityAsync(row, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<AckCampaignRow?> FindCampaignAsync(string policyId, int version, CancellationToken ct)
    {
        if (!TableKeys.IsValid(policyId))
        {
            return null;
        }
        var found = await (await clients.Value).Campaigns.GetEntityIfExistsAsync<AckCampaignRow>(AckCampaignRow.Partition,
            AckCampaignRow.KeyOf(policyId, version), cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    public async Task<IReadOnlyList<AckCampaignRow>> ListCampaignsAsync(CancellationToken ct)
    {
        var list = new List<AckCampaignRow>();
        await foreach (var row in (await clients.Value).Campaigns.QueryAsync<AckCampaignRow>(r => r.PartitionKey == AckCampaignRow.Partition, cancellationToken: ct))
        {
            list.Add(row);
        }
        return list;
    }

    public async Task<bool> TryReplaceCampaignAsync(AckCampaignRow row, CancellationToken ct) => await TryReplaceAsync((await clients.Value).Campaigns, row, ct);

    public async Task<string?> AudienceOfAsync(string policyId, CancellationToken ct)
    {
        var found = await (await clients.Value).Campaigns.GetEntityIfExistsAsync<AckAudienceRow>(AckAudienceRow.Partition, policyId, cancellationToken: ct);
        return found.HasValue ? found.Value!.Audience : null;
    }

    public async Task SetAudienceAsync(AckAudienceRow row, CancellationToken ct) =>
        await (await clients.Value).Campaigns.UpsertEntityAsync(row, TableUpdateMode.Replace, ct);

    /// <summary>Writes every person's row as Pending (idempotent while the campaign is still Resolving: nobody has acted yet).</summary>
    public async Task PutRecipientsAsync(IReadOnlyList<AckRecipientRow> rows, CancellationToken ct)
    {
        var table = (await clients.Value).Recipients;
        foreach (var chunk in rows.Chunk(100))
        {
            await table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), ct);
        }
    }

    public async Task<AckRecipientRow?> FindRecipientAsync(string campaignKey, string objectId, CancellationToken ct)
    {
        if (!TableKeys.IsValid(objectId))
        {
            return null;
        }
        var found = await (await clients.Value).Recipients.GetEntityIfExistsAsync<AckRecipientRow>(campaignKey, objectId, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    public async Task<IReadOnlyList<AckRecipientRow>> RecipientsOfAsync(string campaignKey, string? state, CancellationToken ct)
    {
        var filter = state is null
            ? TableClient.CreateQueryFilter($"PartitionKey eq {campaignKey}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {campaignKey} and State eq {state}");
        var list = new List<AckRecipientRow>();
        await foreach (var row in (await clients.Value).Recipients.QueryAsync<AckRecipientRow>(filter, cancellationToken: ct))
        {
            list.Add(row);
        }
        return list;
    }

    /// <summary>Every row of one person across versions (a cross-partition query: fine for "my policies").</summary>
    public async Task<IReadOnlyList<AckRecipientRow>> RowsOfUserAsync(string objectId, CancellationToken ct)
    {
        var list = new List<AckRecipientRow>();
        await foreach (var row in (await clients.Value).Recipients.QueryAsync<AckRecipientRow>(TableClient.CreateQueryFilter($"RowKey eq {objectId}"), cancellationToken: ct))
        {
            list.Add(row);
        }
        return list;
    }

    public async Task<bool> TryReplaceAsync(AckRecipientRow row, CancellationToken ct) => await TryReplaceAsync((await clients.Value).Recipients, row, ct);

    /// <summary>Replaces the row if its ETag still matches; false (and nothing written) when someone changed it meanwhile.</summary>
    private static async Task<bool> TryReplaceAsync(TableClient table, ITableEntity row, CancellationToken ct)
    {
        try
        {
            var response = await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
            row.ETag = response.Headers.ETag ?? row.ETag;
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }
}
