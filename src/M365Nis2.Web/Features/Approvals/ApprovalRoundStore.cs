using System.Text;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Storage;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>
/// Where an approver's card went, so it can be updated later. <paramref name="RetryAt"/>: not reached yet because the app
/// is being installed for them; the sweep sends the card from then on.
/// </summary>
public sealed record CardDelivery(string ObjectId, string Status, string? ConversationId, string? ActivityId, string? TeamsUserId, string? Reason,
    string? Locale = null, DateTimeOffset? RetryAt = null, string? ReasonCode = null, string? ReasonArgs = null)
{
    /// <summary>A delivery that did not reach the approver, with its coded reason (the round page shows it in the reader's language).</summary>
    public static CardDelivery NotReachedBy(string objectId, string status, string? teamsUserId, CodedText reason, string? locale, DateTimeOffset? retryAt = null) =>
        new(objectId, status, null, null, teamsUserId, reason.English, locale, retryAt, reason.Code, NotReachedReasons.ArgsJson(reason));

    public string? ReasonDa => NotReachedReasons.Danish(Reason, ReasonCode, ReasonArgs);
}

/// <summary>
/// ApprovalRounds table: per round one partition holding the round row ("round"), one row per approver's card
/// ("delivery:{oid}") and one per reminder sent ("reminder:{minutes}"). Votes live in the round row so a vote and the
/// decision it causes are one conditional write.
/// </summary>
public sealed class ApprovalRoundStore(TableServiceClient tables, StorageNames names)
{
    public const string RoundRow = "round";
    private const string FinishRow = "finish";
    private const int ChunkChars = 30_000; // a string property holds 64 KiB (32K UTF-16 chars)
    private static readonly JsonSerializerOptions SubjectJson = new(JsonSerializerDefaults.Web);

    private readonly Lazy<Task<TableClient>> table = new(() => tables.GetReadyTableAsync(names, "ApprovalRounds"));

    public async Task CreateAsync(StoredRound round, CancellationToken ct) =>
        await (await table.Value).AddEntityAsync(ToEntity(round), ct);

    public async Task<StoredRound?> FindAsync(string roundId, CancellationToken ct)
    {
        if (!TableKeys.IsValid(roundId))
        {
            return null;
        }
        var result = await (await table.Value).GetEntityIfExistsAsync<TableEntity>(roundId, RoundRow, cancellationToken: ct);
        return result.HasValue ? FromEntity(result.Value!) : null;
    }

    /// <summary>Replaces the round row if nobody changed it since it was read; false on an ETag conflict.</summary>
    public async Task<bool> TryReplaceAsync(StoredRound round, CancellationToken ct)
    {
        try
        {
            await (await table.Value).UpdateEntityAsync(ToEntity(round), round.ETag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    /// <summary>The open round on this subject, if any (one decision at a time per subject).</summary>
    public async Task<string?> OpenRoundForSubjectAsync(string kind, string subjectId, CancellationToken ct)
    {
        await foreach (var e in (await table.Value).QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"RowKey eq {RoundRow} and Status eq 'Open' and SubjectKind eq {kind} and PolicyId eq {subjectId}"),
            select: ["PartitionKey"], cancellationToken: ct))
        {
            return e.PartitionKey;
        }
        return null;
    }

    public async Task<IReadOnlyList<string>> OpenRoundIdsAsync(CancellationToken ct)
    {
        var ids = new List<string>();
        await foreach (var e in (await table.Value).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {RoundRow} and Status eq {"Open"}"), select: ["PartitionKey"], cancellationToken: ct))
        {
            ids.Add(e.PartitionKey);
        }
        return ids;
    }

    /// <summary>Ids of every round of one policy, or of all rounds when <paramref name="policyId"/> is null (register pages).</summary>
    public async Task<IReadOnlyList<string>> RoundIdsOfPolicyAsync(string? policyId, CancellationToken ct)
    {
        var filter = policyId is null ? $"RowKey eq '{RoundRow}'" : TableClient.CreateQueryFilter($"RowKey eq {RoundRow} and PolicyId eq {policyId}");
        var ids = new List<string>();
        await foreach (var e in (await table.Value).QueryAsync<TableEntity>(filter, select: ["PartitionKey"], cancellationToken: ct))
        {
            ids.Add(e.PartitionKey);
        }
        return ids;
    }

    /// <summary>Closed rounds whose decision is not yet signed or whose CISO was not yet told (crash recovery).</summary>
    public async Task<IReadOnlyList<string>> UnfinishedRoundIdsAsync(CancellationToken ct)
    {
        var ids = new List<string>();
        await foreach (var e in (await table.Value).QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"RowKey eq {RoundRow} and Status eq {"Closed"} and CisoNotified eq {false}"), select: ["PartitionKey"], cancellationToken: ct))
        {
            ids.Add(e.PartitionKey);
        }
        return ids;
    }

    public async Task SaveDeliveryAsync(string roundId, CardDelivery d, CancellationToken ct) =>
        await (await table.Value).UpsertEntityAsync(new TableEntity(roundId, "delivery:" + d.ObjectId)
        {
            ["Status"] = d.Status, ["ConversationId"] = d.ConversationId, ["ActivityId"] = d.ActivityId,
            ["TeamsUserId"] = d.TeamsUserId, ["Reason"] = d.Reason, ["Locale"] = d.Locale, ["RetryAt"] = d.RetryAt,
            ["ReasonCode"] = d.ReasonCode, ["ReasonArgs"] = d.ReasonArgs,
        }, TableUpdateMode.Replace, ct);

    public async Task<IReadOnlyList<CardDelivery>> DeliveriesAsync(string roundId, CancellationToken ct)
    {
        var list = new List<CardDelivery>();
        await foreach (var e in (await table.Value).QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {roundId} and RowKey ge {"delivery:"} and RowKey lt {"delivery;"}"), cancellationToken: ct))
        {
            list.Add(new(e.RowKey["delivery:".Length..], e.GetString("Status") ?? "", e.GetString("ConversationId"), e.GetString("ActivityId"),
                e.GetString("TeamsUserId"), e.GetString("Reason"), e.GetString("Locale"), e.GetDateTimeOffset("RetryAt"), e.GetString("ReasonCode"), e.GetString("ReasonArgs")));
        }
        return list;
    }

    /// <summary>
    /// Claims finishing a closed round (decision notice, final card update) for this instance: a conditional insert of
    /// the "finish" row, so of two instances that both saw the round close only one finishes it. A claim older than
    /// <paramref name="staleAfter"/> whose holder never marked the round finished (it died) can be taken over (ETag).
    /// </summary>
    public async Task<bool> TryClaimFinishAsync(string roundId, string claimant, DateTimeOffset now, TimeSpan staleAfter, CancellationToken ct)
    {
        var t = await table.Value;
        try
        {
            await t.AddEntityAsync(new TableEntity(roundId, FinishRow) { ["ClaimedAt"] = now, ["ClaimedBy"] = claimant }, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }
        var existing = await t.GetEntityIfExistsAsync<TableEntity>(roundId, FinishRow, cancellationToken: ct);
        if (!existing.HasValue || existing.Value!.GetDateTimeOffset("ClaimedAt") is not { } at || now - at < staleAfter)
        {
            return false;
        }
        try
        {
            await t.UpdateEntityAsync(new TableEntity(roundId, FinishRow) { ["ClaimedAt"] = now, ["ClaimedBy"] = claimant }, existing.Value.ETag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    /// <summary>Claims a reminder slot once: true for the first caller only (insert conflicts afterwards).</summary>
    public async Task<bool> TryClaimReminderAsync(string roundId, TimeSpan offset, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await (await table.Value).AddEntityAsync(new TableEntity(roundId, $"reminder:{(long)offset.TotalMinutes:D8}") { ["SentAt"] = now }, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task RecordReminderRecipientsAsync(string roundId, TimeSpan offset, IReadOnlyList<string> objectIds, CancellationToken ct) =>
        await (await table.Value).UpdateEntityAsync(new TableEntity(roundId, $"reminder:{(long)offset.TotalMinutes:D8}")
        {
            ["Recipients"] = string.Join(',', objectIds),
        }, ETag.All, TableUpdateMode.Merge, ct);

    public async Task<IReadOnlyList<(string Slot, DateTimeOffset SentAt, string Recipients)>> RemindersAsync(string roundId, CancellationToken ct)
    {
        var list = new List<(string, DateTimeOffset, string)>();
        await foreach (var e in (await table.Value).QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {roundId} and RowKey ge {"reminder:"} and RowKey lt {"reminder;"}"), cancellationToken: ct))
        {
            list.Add((e.RowKey, e.GetDateTimeOffset("SentAt") ?? default, e.GetString("Recipients") ?? ""));
        }
        return list;
    }

    private static TableEntity ToEntity(StoredRound s)
    {
        var r = s.Round;
        var e = new TableEntity(s.RoundId, RoundRow)
        {
            ["PolicyId"] = r.PolicyId, ["Version"] = r.Version, ["DocumentSha256"] = r.DocumentSha256,
            ["Approvers"] = RoundMapping.ApproversJson(r.Approvers), ["Quorum"] = RoundMapping.QuorumText(r.Rule),
            ["Deadline"] = r.Deadline, ["Decision"] = r.Decision.ToString(), ["DecidedAt"] = r.DecidedAt,
            ["Status"] = r.IsClosed ? "Closed" : "Open", ["PolicyTitle"] = s.PolicyTitle, ["StartedBy"] = s.StartedBy,
            ["StartedAt"] = s.StartedAt, ["LinkBase"] = s.LinkBase, ["DecisionArtefactId"] = s.DecisionArtefactId,
            ["CisoNotified"] = s.CisoNotified, ["SubjectKind"] = s.Kind,
            ["Subject"] = s.Subject is null ? null : JsonSerializer.Serialize(s.Subject, SubjectJson), ETag = s.ETag,
        };
        var votes = RoundMapping.VotesJson(r.Votes);
        var chunks = (votes.Length + ChunkChars - 1) / ChunkChars;
        e["VoteChunks"] = chunks;
        for (var i = 0; i < chunks; i++)
        {
            e["Votes" + i] = votes.Substring(i * ChunkChars, Math.Min(ChunkChars, votes.Length - i * ChunkChars));
        }
        return e;
    }

    private static StoredRound FromEntity(TableEntity e)
    {
        var votes = new StringBuilder();
        for (var i = 0; i < (e.GetInt32("VoteChunks") ?? 0); i++)
        {
            votes.Append(e.GetString("Votes" + i));
        }
        var round = RoundMapping.Rebuild(e.GetString("PolicyId")!, e.GetInt32("Version")!.Value, e.GetString("DocumentSha256")!,
            RoundMapping.Approvers(e.GetString("Approvers")!), RoundMapping.ParseQuorum(e.GetString("Quorum")!),
            e.GetDateTimeOffset("Deadline")!.Value, votes.Length == 0 ? "[]" : votes.ToString(), Enum.Parse<Decision>(e.GetString("Decision")!));
        return new StoredRound
        {
            RoundId = e.PartitionKey, Round = round, PolicyTitle = e.GetString("PolicyTitle") ?? "", StartedBy = e.GetString("StartedBy") ?? "",
            StartedAt = e.GetDateTimeOffset("StartedAt") ?? default, LinkBase = e.GetString("LinkBase") ?? "",
            DecisionArtefactId = e.GetString("DecisionArtefactId"), CisoNotified = e.GetBoolean("CisoNotified") ?? false, ETag = e.ETag,
            Subject = e.GetString("Subject") is { } subject ? JsonSerializer.Deserialize<ApprovalSubject>(subject, SubjectJson) : null,
        };
    }
}
