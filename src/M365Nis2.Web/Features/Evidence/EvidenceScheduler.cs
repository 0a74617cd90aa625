using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// The scheduled collection (<c>Evidence:Schedule</c>, default daily; off with <c>Evidence:Enabled=false</c>). Every
/// instance ticks, but a run needs the collector lease, so only one instance collects when scaled out; and a tick only
/// collects when the newest run is at least a schedule old, so restarts and extra instances add no runs.
/// </summary>
internal sealed class EvidenceScheduler(
    EvidenceRunner runner, EvidenceRunStore runs, IOptions<EvidenceOptions> options, TimeProvider time, ILogger<EvidenceScheduler> logger)
    : BackgroundService
{
    public const string Actor = "job:evidence-collector";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        try
        {
            await Task.Delay(options.Value.FirstRunDelay, time, stoppingToken);
            // Ticks at a tenth of the schedule (at most hourly) so a run missed while no instance was up is caught soon.
            var tick = TimeSpan.FromTicks(Math.Min(options.Value.Schedule.Ticks / 10, TimeSpan.FromHours(1).Ticks));
            using var timer = new PeriodicTimer(tick < TimeSpan.FromSeconds(10) ? TimeSpan.FromSeconds(10) : tick, time);
            do
            {
                await RunIfDueAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunIfDueAsync(CancellationToken ct)
    {
        try
        {
            var newest = await runs.LatestAsync(1, null, ct);
            if (newest.Count > 0 && time.GetUtcNow() - newest[0].StartedAt < options.Value.Schedule)
                return;
            if (await runner.RunNowAsync("schedule", Actor, ct) is null)
                logger.LogInformation("Evidence: scheduled run skipped, another run holds the collector lease");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Evidence: scheduled run failed to start");
        }
    }
}
