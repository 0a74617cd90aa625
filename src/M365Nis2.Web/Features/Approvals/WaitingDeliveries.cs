using Azure;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>
/// Approvers whose card waits for the app to be installed for them (delivery rows NotReached with a RetryAt). The
/// sweep runs on every instance, so each retry is claimed first: the delivery row goes NotReached → Sending by ETag,
/// and only the instance whose write won sends the card.
/// </summary>
public sealed class WaitingDeliveries(TableServiceClient tables, StorageNames names)
{
    public const string Sending = "Sending";
    private readonly Lazy<Task<TableClient>> table = new(() => tables.GetReadyTableAsync(names, "ApprovalRounds"));

    /// <summary>The approvers of a round whose retry is due, each with the ETag to claim it by.</summary>
    public async Task<IReadOnlyList<(string ObjectId, ETag ETag)>> DueAsync(string roundId, DateTimeOffset now, CancellationToken ct)
    {
        var due = new List<(string, ETag)>();
        await foreach (var e in (await table.Value).QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {roundId} and RowKey ge {"delivery:"} and RowKey lt {"delivery;"}"), cancellationToken: ct))
        {
            if (e.GetString("Status") == CardFanOut.NotReached && e.GetDateTimeOffset("RetryAt") is { } at && at <= now)
            {
                due.Add((e.RowKey["delivery:".Length..], e.ETag));
            }
        }
        return due;
    }

    /// <summary>True for the one caller that may send this approver's card now.</summary>
    public async Task<bool> TryClaimAsync(string roundId, string objectId, ETag etag, CancellationToken ct)
    {
        try
        {
            await (await table.Value).UpdateEntityAsync(new TableEntity(roundId, "delivery:" + objectId) { ["Status"] = Sending },
                etag, TableUpdateMode.Merge, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }
}
