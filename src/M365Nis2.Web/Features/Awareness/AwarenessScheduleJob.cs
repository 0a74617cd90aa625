using M365Nis2.Web.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>
/// Launches recurring campaigns when due (Awareness:ScheduleCheckInterval). The lease jobs/awareness-schedules keeps
/// it to one runner; each occurrence is also claimed through its schedule row (see <see cref="CampaignSchedules"/>).
/// </summary>
public sealed class AwarenessScheduleJob(JobLease leases, CampaignSchedules schedules, IOptions<AwarenessOptions> options, TimeProvider time,
    ILogger<AwarenessScheduleJob> logger) : BackgroundService
{
    public const string LeaseName = "awareness-schedules";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.FanoutEnabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var lease = await leases.TryAcquireAsync(LeaseName, stoppingToken);
                if (lease is not null)
                    await schedules.RunDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Recurring campaigns failed; next check at the next interval");
            }
            try
            {
                await Task.Delay(options.Value.ScheduleCheckInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
