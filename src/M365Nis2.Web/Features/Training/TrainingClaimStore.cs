using Azure;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Training;

/// <summary>A board member's self-reported attendance: PK "claim", RK claim id (table TrainingClaims).</summary>
public sealed class ClaimRow : ITableEntity
{
    public const string Partition = "claim";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string MemberObjectId { get; set; } = "";

    public string MemberName { get; set; } = "";

    /// <summary>The known course reported, or empty when the member reported a course of their own (below).</summary>
    public string CourseId { get; set; } = "";

    public string Title { get; set; } = "";

    public string Provider { get; set; } = "";

    /// <summary>yyyy-MM-dd.</summary>
    public string Date { get; set; } = "";

    public double Hours { get; set; }

    public string CertificateArtefactId { get; set; } = "";

    /// <summary>A <see cref="M365Nis2.Domain.Training.ClaimState"/> name.</summary>
    public string State { get; set; } = "Pending";

    public DateTimeOffset SubmittedAt { get; set; }

    public string DecidedBy { get; set; } = "";

    public DateTimeOffset? DecidedAt { get; set; }

    public string Note { get; set; } = "";

    /// <summary>The signed decision record in the vault (kind training.claim-decision).</summary>
    public string DecisionArtefactId { get; set; } = "";
}

/// <summary>Self-reports in Azure Tables. A decision is an ETag-conditional update, so two CISOs cannot both decide one claim.</summary>
public sealed class TrainingClaimStore(TableServiceClient tables, StorageNames names)
{
    private TableClient? claims;

    private async Task<TableClient> Claims(CancellationToken ct) => claims ??= await tables.GetReadyTableAsync(names, "TrainingClaims", ct);

    public async Task AddAsync(ClaimRow row, CancellationToken ct) => await (await Claims(ct)).AddEntityAsync(row, ct);

    public async Task<ClaimRow?> FindAsync(string id, CancellationToken ct)
    {
        if (!TableKeys.IsValid(id))
        {
            return null;
        }
        var found = await (await Claims(ct)).GetEntityIfExistsAsync<ClaimRow>(ClaimRow.Partition, id, cancellationToken: ct);
        return found.HasValue ? found.Value : null;
    }

    public async Task<IReadOnlyList<ClaimRow>> AllAsync(CancellationToken ct)
    {
        var list = new List<ClaimRow>();
        await foreach (var row in (await Claims(ct)).QueryAsync<ClaimRow>(r => r.PartitionKey == ClaimRow.Partition, cancellationToken: ct))
        {
            list.Add(row);
        }
        return list;
    }

    /// <summary>False when someone else changed the claim since it was read (the ETag no longer matches).</summary>
    public async Task<bool> TryReplaceAsync(ClaimRow row, CancellationToken ct)
    {
        try
        {
            await (await Claims(ct)).UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return false;
        }
    }

    public async Task MergeAsync(ClaimRow row, CancellationToken ct) =>
        await (await Claims(ct)).UpdateEntityAsync(row, ETag.All, TableUpdateMode.Merge, ct);
}
