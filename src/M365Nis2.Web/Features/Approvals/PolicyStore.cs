using Azure;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>A row of the Policies table (PartitionKey "policy", RowKey = policy id).</summary>
public sealed class PolicyRow : ITableEntity
{
    public const string Partition = "policy";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Title { get; set; } = "";
    /// <summary>Comma-separated NIS2 control ids, e.g. "art21.2.a,art21.2.b".</summary>
    public string ControlIds { get; set; } = "";
    public string Owner { get; set; } = "";
    public int ReviewPeriodMonths { get; set; } = 12;
    public int LatestVersion { get; set; }
    public string? LatestSha256 { get; set; }
    public DateTimeOffset? LatestUploadedAt { get; set; }
    public int? ApprovedVersion { get; set; }
    public string? ApprovedSha256 { get; set; }
    public DateTimeOffset? ApprovedAt { get; set; }
    public string? LastDecision { get; set; }
    public string? LastDecisionArtefactId { get; set; }
    public string? OpenRoundId { get; set; }

    [System.Runtime.Serialization.IgnoreDataMember]
    public IReadOnlyList<string> Controls => ControlIds.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>A row of PolicyVersions (PartitionKey = policy id, RowKey = version, zero-padded so rows sort).</summary>
public sealed class PolicyVersionRow : ITableEntity
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public int Version { get; set; }
    public string Sha256 { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string? FileName { get; set; }
    public long Size { get; set; }
    public string UploadedBy { get; set; } = "";
    public DateTimeOffset UploadedAt { get; set; }

    public static string KeyOf(int version) => version.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>Policies and their versions in Tables; every read-modify-write is ETag-checked and retried.</summary>
public sealed class PolicyStore(TableServiceClient tables, StorageNames names)
{
    private readonly Lazy<Task<(TableClient Policies, TableClient Versions)>> clients = new(async () =>
        (await tables.GetReadyTableAsync(names, "Policies"), await tables.GetReadyTableAsync(names, "PolicyVersions")));

    public async Task<PolicyRow?> FindAsync(string policyId, CancellationToken ct)
    {
        if (!TableKeys.IsValid(policyId))
        {
            return null;
        }
        var (policies, _) = await clients.Value;
        var row = await policies.GetEntityIfExistsAsync<PolicyRow>(PolicyRow.Partition, policyId, cancellationToken: ct);
        return row.HasValue ? row.Value : null;
    }

    public async Task<IReadOnlyList<PolicyRow>> ListAsync(CancellationToken ct)
    {
        var (policies, _) = await clients.Value;
        var list = new List<PolicyRow>();
        await foreach (var row in policies.QueryAsync<PolicyRow>(r => r.PartitionKey == PolicyRow.Partition, cancellationToken: ct))
        {
            list.Add(row);
        }
        return list;
    }

    public async Task<PolicyVersionRow?> FindVersionAsync(string policyId, int version, CancellationToken ct)
    {
        if (!TableKeys.IsValid(policyId))
        {
            return null;
        }
        var (_, versions) = await clients.Value;
        var row = await versions.GetEntityIfExistsAsync<PolicyVersionRow>(policyId, PolicyVersionRow.KeyOf(version), cancellationToken: ct);
        return row.HasValue ? row.Value : null;
    }

    public async Task<IReadOnlyList<PolicyVersionRow>> VersionsAsync(string policyId, CancellationToken ct)
    {
        var (_, versions) = await clients.Value;
        var list = new List<PolicyVersionRow>();
        await foreach (var row in versions.QueryAsync<PolicyVersionRow>(r => r.PartitionKey == policyId, cancellationToken: ct))
        {
            list.Add(row);
        }
        return list;
    }

    /// <summary>
    /// Adds the next version: the version row is the claim (insert fails if a concurrent upload took the number, then
    /// the next number is tried), then the policy row is brought up to date under its ETag.
    /// </summary>
    public async Task<PolicyVersionRow> AddVersionAsync(PolicyRow details, PolicyVersionRow version, CancellationToken ct)
    {
        var (policies, versions) = await clients.Value;
        for (var attempt = 0; ; attempt++)
        {
            var existing = await VersionsAsync(details.RowKey, ct);
            version.PartitionKey = details.RowKey;
            version.Version = existing.Count == 0 ? 1 : existing.Max(v => v.Version) + 1;
            version.RowKey = PolicyVersionRow.KeyOf(version.Version);
            try
            {
                await versions.AddEntityAsync(version, ct);
                break;
            }
            catch (RequestFailedException e) when (e.Status == 409 && attempt < 20)
            {
            }
        }
        await UpdateAsync(details.RowKey, row =>
        {
            row.Title = details.Title;
            row.ControlIds = details.ControlIds;
            row.Owner = details.Owner;
            row.ReviewPeriodMonths = details.ReviewPeriodMonths;
            if (version.Version > row.LatestVersion)
            {
                row.LatestVersion = version.Version;
                row.LatestSha256 = version.Sha256;
                row.LatestUploadedAt = version.UploadedAt;
            }
        }, createIfMissing: true, ct);
        return version;
    }

    /// <summary>Read-modify-write of one policy row with ETag retry.</summary>
    public async Task<PolicyRow?> UpdateAsync(string policyId, Action<PolicyRow> change, bool createIfMissing, CancellationToken ct)
    {
        var (policies, _) = await clients.Value;
        for (var attempt = 0; ; attempt++)
        {
            var current = await FindAsync(policyId, ct);
            if (current is null && !createIfMissing)
            {
                return null;
            }
            var row = current ?? new PolicyRow { RowKey = policyId };
            change(row);
            try
            {
                if (current is null)
                {
                    await policies.AddEntityAsync(row, ct);
                }
                else
                {
                    await policies.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
                }
                return row;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < 50)
            {
            }
        }
    }
}
