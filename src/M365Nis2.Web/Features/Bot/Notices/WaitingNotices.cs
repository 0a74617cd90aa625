using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using M365Nis2.Teams;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Bot;

/// <summary>A notice kept until the app is installed for its recipient: PK "notice", RK a new id (table WaitingNotices).</summary>
public sealed class WaitingNoticeRow : ITableEntity
{
    public const string Partition = "notice";
    public const string Waiting = "Waiting";
    public const string Sending = "Sending";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string ObjectId { get; set; } = "";

    /// <summary>The text as rendered for the recipient when it was first sent (their language, then).</summary>
    public string Text { get; set; } = "";

    /// <summary>The card's activity as JSON when the notice is a card (built in the recipient's language, then); null for text.</summary>
    public string? Activity { get; set; }

    /// <summary>What to send: the kept card, or the text as a message.</summary>
    public M365Nis2.Teams.Activity ToActivity() => Activity is { } json
        ? JsonSerializer.Deserialize<M365Nis2.Teams.Activity>(json, BotJson.Options) ?? throw new JsonException("A kept notice's activity is empty.")
        : M365Nis2.Teams.Activity.CreateMessage(Text);

    public string State { get; set; } = Waiting;
    public DateTimeOffset RetryAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When an instance took it for sending; a claim older than the stale limit belongs to a dead instance.</summary>
    public DateTimeOffset? ClaimedAt { get; set; }
    public int Rounds { get; set; }
}

/// <summary>
/// The notices waiting for an installation. Every instance looks at the due ones; each is claimed by ETag (Waiting →
/// Sending) before it is sent, so it goes out once however many instances look.
/// </summary>
public sealed class WaitingNotices(TableServiceClient tables, StorageNames names)
{
    public const string TableName = "WaitingNotices";
    private readonly Lazy<Task<TableClient>> table = new(() => tables.GetReadyTableAsync(names, TableName));

    public async Task AddAsync(string objectId, string text, string? activityJson, DateTimeOffset retryAt, DateTimeOffset now, CancellationToken ct) =>
        await (await table.Value).AddEntityAsync(new WaitingNoticeRow
        {
            RowKey = Guid.NewGuid().ToString("N"), ObjectId = objectId, Text = text, Activity = activityJson, RetryAt = retryAt, CreatedAt = now,
        }, ct);

    /// <summary>Notices whose retry is due, and those whose sender died mid-send (claimed before <paramref name="staleBefore"/>).</summary>
    public async Task<IReadOnlyList<WaitingNoticeRow>> DueAsync(DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken ct)
    {
        var due = new List<WaitingNoticeRow>();
        await foreach (var row in (await table.Value).QueryAsync<WaitingNoticeRow>(
            TableClient.CreateQueryFilter($"PartitionKey eq {WaitingNoticeRow.Partition} and RetryAt le {now}"), cancellationToken: ct))
        {
            if (row.State == WaitingNoticeRow.Waiting || row.ClaimedAt is null || row.ClaimedAt < staleBefore)
            {
                due.Add(row);
            }
        }
        return due;
    }

    /// <summary>True for the one caller that may send this notice now (the row's ETag is then the claim's).</summary>
    public async Task<bool> TryClaimAsync(WaitingNoticeRow row, DateTimeOffset now, CancellationToken ct)
    {
        row.State = WaitingNoticeRow.Sending;
        row.ClaimedAt = now;
        return await TryWriteAsync(row, ct);
    }

    /// <summary>Back to waiting (the installation is still under way), under the claim's ETag.</summary>
    public async Task<bool> WaitAgainAsync(WaitingNoticeRow row, DateTimeOffset retryAt, CancellationToken ct)
    {
        row.State = WaitingNoticeRow.Waiting;
        row.RetryAt = retryAt;
        row.ClaimedAt = null;
        row.Rounds++;
        return await TryWriteAsync(row, ct);
    }

    /// <summary>Done with it (sent, or given up): removed under the claim's ETag.</summary>
    public async Task RemoveAsync(WaitingNoticeRow row, CancellationToken ct)
    {
        try
        {
            await (await table.Value).DeleteEntityAsync(row.PartitionKey, row.RowKey, row.ETag, ct);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
        }
    }

    private async Task<bool> TryWriteAsync(WaitingNoticeRow row, CancellationToken ct)
    {
        try
        {
            var response = await (await table.Value).UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
            row.ETag = response.Headers.ETag ?? default;
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            return false;
        }
    }
}
