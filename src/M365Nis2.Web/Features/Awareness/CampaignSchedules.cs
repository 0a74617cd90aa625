using System.Globalization;
using M365Nis2.Domain.Training;
using M365Nis2.Web.Infrastructure.Storage;

namespace M365Nis2.Web.Features.Awareness;

public sealed record ScheduleRequest(string? ModuleId, string? AudienceGroupId, int? EveryMonths, DateOnly? FirstOn);

public sealed record ScheduleView(string Id, string ModuleId, string AudienceGroupId, int EveryMonths, DateTimeOffset NextAt, string? LastCampaignId,
    string CreatedBy, DateTimeOffset CreatedAt);

/// <summary>
/// Recurring campaigns. Each occurrence is claimed once across instances: the schedule row moves on to its next date
/// with an ETag-conditional replace that also fixes the occurrence's campaign id, and only the instance whose replace
/// succeeds launches it. A launch lost to a crash after the claim is repaired on the next pass (same id, launched once).
/// </summary>
public sealed class CampaignSchedules(CampaignScheduleStore store, CampaignService campaigns, CampaignStore campaignStore, ModuleLibrary modules, TimeProvider time,
    ILogger<CampaignSchedules> logger)
{
    public const string Actor = "job:awareness-schedules";

    /// <summary>Scheduled campaigns go out at 07:00 UTC (8 or 9 o'clock in Denmark), at the start of a working day.</summary>
    private static readonly TimeSpan SendHour = TimeSpan.FromHours(7);

    public async Task<ScheduleView> CreateAsync(ScheduleRequest request, string actor, CancellationToken ct)
    {
        // Checked now (known, and published if authored); each occurrence pins the latest published version when it launches.
        await modules.PinAsync(request.ModuleId, null, ct);
        if (CampaignSchedule.CheckEvery(request.EveryMonths) is { } problem)
            throw new AudienceException(problem);
        var audience = string.IsNullOrWhiteSpace(request.AudienceGroupId) ? "all" : request.AudienceGroupId.Trim();
        if (!TableKeys.IsValid(audience))
            throw new AudienceException("audienceGroupId " + TableKeys.Problem("audienceGroupId"));
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        if (request.FirstOn is not { } first || first < today)
            throw new AudienceException("firstOn is required and may not be in the past (yyyy-MM-dd).");
        var row = new ScheduleRow
        {
            RowKey = Guid.NewGuid().ToString("N")[..12],
            ModuleId = request.ModuleId!,
            AudienceGroupId = audience,
            EveryMonths = request.EveryMonths!.Value,
            NextAt = new DateTimeOffset(first.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + SendHour,
            CreatedBy = actor,
            CreatedAt = time.GetUtcNow(),
        };
        await store.AddAsync(row, ct);
        return View(row);
    }

    public async Task<IReadOnlyList<ScheduleView>> ListAsync(CancellationToken ct) =>
        [.. (await store.AllAsync(ct)).OrderBy(s => s.NextAt).Select(View)];

    public Task<bool> DeleteAsync(string id, CancellationToken ct) => store.DeleteAsync(id, ct);

    /// <summary>Launches every occurrence that is due (and repairs one lost after its claim). Returns the campaigns launched.</summary>
    public async Task<IReadOnlyList<string>> RunDueAsync(CancellationToken ct)
    {
        var launched = new List<string>();
        foreach (var schedule in await store.AllAsync(ct))
        {
            if (schedule.LastCampaignId.Length > 0 && await campaignStore.FindCampaignAsync(schedule.LastCampaignId, ct) is null
                && await LaunchAsync(schedule, schedule.LastCampaignId, ct))
                launched.Add(schedule.LastCampaignId);
            var now = time.GetUtcNow();
            if (schedule.NextAt > now)
                continue;
            var campaignId = $"{schedule.RowKey}-{schedule.NextAt.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}";
            schedule.LastCampaignId = campaignId;
            schedule.NextAt = CampaignSchedule.NextAfter(schedule.NextAt, schedule.EveryMonths, now);
            if (await store.TryReplaceAsync(schedule, ct) && await LaunchAsync(schedule, campaignId, ct))
                launched.Add(campaignId);
        }
        return launched;
    }

    private async Task<bool> LaunchAsync(ScheduleRow schedule, string campaignId, CancellationToken ct)
    {
        try
        {
            var created = await campaigns.LaunchAsync(new LaunchCampaignRequest(schedule.ModuleId, schedule.AudienceGroupId, null), Actor, ct, campaignId);
            logger.LogInformation("Recurring campaign {Schedule}: launched {Campaign} to {Count}", schedule.RowKey, campaignId, created.Recipients);
            return true;
        }
        catch (AudienceException e)
        {
            logger.LogWarning("Recurring campaign {Schedule}: {Campaign} not launched: {Reason}", schedule.RowKey, campaignId, e.Message);
            return false;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 409)
        {
            return false; // its header exists: launched already
        }
    }

    private static ScheduleView View(ScheduleRow r) => new(r.RowKey, r.ModuleId, r.AudienceGroupId, r.EveryMonths, r.NextAt,
        r.LastCampaignId.Length == 0 ? null : r.LastCampaignId, r.CreatedBy, r.CreatedAt);
}
