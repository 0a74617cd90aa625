using Azure;
using Azure.Data.Tables;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>A recurring campaign: PK "schedule", RK id (table AwarenessSchedules).</summary>
public sealed class ScheduleRow : ITableEntity
{
    public const string Partition = "schedule";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string ModuleId { get; set; } = "";

    public string AudienceGroupId { get; set; } = "";

    public int EveryMonths { get; set; }

    /// <summary>When the next campaign goes out.</summary>
    public DateTimeOffset NextAt { get; set; }

    /// <summary>The campaign of the last claimed occurrence (its id is fixed before it is launched, so a retry launches it once).</summary>
    public string LastCampaignId { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

public sealed class CampaignScheduleStore(TableServiceClient tables, StorageNames names)
{
    private TableClient? schedules;

    private async Task<TableClient> Schedules(CancellationToken ct) => schedules ??= await tables.GetReadyTableAsync(names, "AwarenessSchedules", ct);

    public async Task AddAsync(ScheduleRow row, CancellationToken ct) => await (await Schedules(ct)).AddEntityAsync(row, ct);

    public async Task<IReadOnlyList<ScheduleRow>> AllAsync(CancellationToken ct)
    {
        var list = new List<ScheduleRow>();
        await foreach (var row in (await Schedules(ct)).QueryAsync<ScheduleRow>(r => r.PartitionKey == ScheduleRow.Partition, cancellationToken: ct))
        {
            list.Add(row);
        }
        return list;
    }

    /// <summary>The claim: only the instance whose ETag still matches moves the schedule on and launches the occurrence.</summary>
    public async Task<bool> TryReplaceAsync(ScheduleRow row, CancellationToken ct)
    {
        try
        {
            await (await Schedules(ct)).UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404)
        {
            return false;
        }
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken ct)
    {
        if (!TableKeys.IsValid(id))
            return false;
        var response = await (await Schedules(ct)).DeleteEntityAsync(ScheduleRow.Partition, id, ETag.All, ct);
        return response.Status != 404;
    }
}
