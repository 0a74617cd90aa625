using Azure.Data.Tables;
using M365Nis2.Teams.Conversations;

namespace M365Nis2.Web.Infrastructure.Storage;

/// <summary>
/// Azure Tables store: one row per lookup key (partition = key kind, row = escaped id), so every lookup is a point read.
/// Writes are blind upserts/merges (a refresh from the channel is always newer), never read-modify-write.
/// </summary>
public sealed class TableConversationReferenceStore(TableServiceClient service, StorageNames names, ReferenceRefreshFilter refreshFilter,
    PartitionWrites writes)
    : IConversationReferenceStore
{
    public const string TableName = "ConversationReferences";
    private const string ByAadObjectId = "aad";
    private const string ByUserId = "user";
    private const string ByChannel = "channel";
    private const string ByTeam = "team";
    private const string ByTenant = "tenant";
    private const string Welcomed = "welcomed";
    private const string ByConversation = "conversation";
    private TableClient? table;

    /// <summary>
    /// The keys are independent rows, so they are written at once (a user's first click waits for one round trip, not
    /// four), and group-committed per key kind, so many users' first clicks share transactions; the tenant row only when
    /// <see cref="ReferenceRefreshFilter.ShouldWriteTenant"/> says it changed.
    /// </summary>
    public async Task SaveAsync(ConversationReference reference, CancellationToken ct)
    {
        var client = await TableAsync(ct);
        var upserts = KeysOf(reference).Select(k => writes.UpsertAsync(client, ToEntity(reference, k.Partition, k.Row), ct)).ToList();
        var writeTenant = refreshFilter.ShouldWriteTenant(reference);
        if (writeTenant)
        {
            upserts.Add(writes.UpsertAsync(client, ToEntity(reference, ByTenant, Escape(reference.TenantId!)), ct));
        }
        await Task.WhenAll(upserts);
        if (writeTenant)
        {
            refreshFilter.TenantWritten(reference);
        }
    }

    public Task<ConversationReference?> FindPersonalByAadObjectIdAsync(string aadObjectId, CancellationToken ct) => GetAsync(ByAadObjectId, aadObjectId, ct);

    public Task<ConversationReference?> FindPersonalByUserIdAsync(string userId, CancellationToken ct) => GetAsync(ByUserId, userId, ct);

    public Task<ConversationReference?> FindConversationAsync(string conversationId, CancellationToken ct) => GetAsync(ByConversation, conversationId, ct);

    public Task<ConversationReference?> FindChannelAsync(string teamsChannelId, CancellationToken ct) => GetAsync(ByChannel, teamsChannelId, ct);

    public Task<ConversationReference?> FindTeamAsync(string teamId, CancellationToken ct) => GetAsync(ByTeam, teamId, ct);

    public Task<ConversationReference?> FindTenantAsync(string tenantId, CancellationToken ct) => GetAsync(ByTenant, tenantId, ct);

    public async Task MarkAsync(ConversationReference reference, ConversationStatus status, CancellationToken ct)
    {
        refreshFilter.Forget(reference.ConversationId);
        var client = await TableAsync(ct);
        foreach (var (partition, row) in KeysOf(reference))
        {
            var patch = new TableEntity(partition, row) { ["Status"] = status.ToString(), ["UpdatedAt"] = reference.UpdatedAt };
            await client.UpsertEntityAsync(patch, TableUpdateMode.Merge, ct);
        }
    }

    public async Task<bool> TryMarkWelcomedAsync(string conversationId, CancellationToken ct)
    {
        var client = await TableAsync(ct);
        try
        {
            await client.AddEntityAsync(new TableEntity(Welcomed, Escape(conversationId)), ct);
            return true;
        }
        catch (Azure.RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task ClearWelcomedAsync(string conversationId, CancellationToken ct)
    {
        var client = await TableAsync(ct);
        await client.DeleteEntityAsync(Welcomed, Escape(conversationId), Azure.ETag.All, ct);
    }

    private static IEnumerable<(string Partition, string Row)> KeysOf(ConversationReference r)
    {
        yield return (ByConversation, Escape(r.ConversationId));
        if (r.IsPersonal)
        {
            if (r.UserAadObjectId is { Length: > 0 } aad)
            {
                yield return (ByAadObjectId, Escape(aad));
            }
            if (r.UserId is { Length: > 0 } user)
            {
                yield return (ByUserId, Escape(user));
            }
        }
        if (r.TeamsChannelId is { Length: > 0 } channel)
        {
            yield return (ByChannel, Escape(channel));
        }
        if (r.TeamId is { Length: > 0 } team)
        {
            yield return (ByTeam, Escape(team));
        }
    }

    private async Task<ConversationReference?> GetAsync(string partition, string id, CancellationToken ct)
    {
        var client = await TableAsync(ct);
        var response = await client.GetEntityIfExistsAsync<TableEntity>(partition, Escape(id), cancellationToken: ct);
        return response.HasValue && response.Value is { } entity ? FromEntity(entity) : null;
    }

    private async Task<TableClient> TableAsync(CancellationToken ct) =>
        table ??= await service.GetReadyTableAsync(names, TableName, ct);

    /// <summary>Keys may not contain / \ # ? or control characters; Teams ids contain ':' and '@', which are fine escaped too.</summary>
    private static string Escape(string id) => Uri.EscapeDataString(id);

    private static TableEntity ToEntity(ConversationReference r, string partition, string row) => new(partition, row)
    {
        ["ServiceUrl"] = r.ServiceUrl.ToString(),
        ["ConversationId"] = r.ConversationId,
        ["ConversationType"] = r.ConversationType,
        ["TenantId"] = r.TenantId,
        ["BotId"] = r.BotId,
        ["UserId"] = r.UserId,
        ["UserAadObjectId"] = r.UserAadObjectId,
        ["UserName"] = r.UserName,
        ["TeamId"] = r.TeamId,
        ["TeamsChannelId"] = r.TeamsChannelId,
        ["Locale"] = r.Locale,
        ["ChannelId"] = r.ChannelId,
        ["Status"] = r.Status.ToString(),
        ["UpdatedAt"] = r.UpdatedAt,
    };

    private static ConversationReference FromEntity(TableEntity e) => new()
    {
        ServiceUrl = new Uri(e.GetString("ServiceUrl")),
        ConversationId = e.GetString("ConversationId"),
        ConversationType = e.GetString("ConversationType"),
        TenantId = e.GetString("TenantId"),
        BotId = e.GetString("BotId"),
        UserId = e.GetString("UserId"),
        UserAadObjectId = e.GetString("UserAadObjectId"),
        UserName = e.GetString("UserName"),
        TeamId = e.GetString("TeamId"),
        TeamsChannelId = e.GetString("TeamsChannelId"),
        Locale = e.GetString("Locale"),
        ChannelId = e.GetString("ChannelId") ?? "msteams",
        Status = Enum.TryParse<ConversationStatus>(e.GetString("Status"), out var s) ? s : ConversationStatus.Active,
        UpdatedAt = e.GetDateTimeOffset("UpdatedAt") ?? DateTimeOffset.MinValue,
    };
}
