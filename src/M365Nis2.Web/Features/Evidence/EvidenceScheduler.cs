using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// The scheduled collection (<c>Evidence:Schedule</c>, default daily; off with <c>Evidence:Enabled=false</c>). Every
/// instance ticks, but a run needs the collector lease, so only one instance collects when scaled out.
/// </summary>
internal sealed class EvidenceScheduler(EvidenceRunner runner, IOptions<EvidenceOptions> options, TimeProvider time, ILogger<EvidenceScheduler> logger)
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
            using var timer = new PeriodicTimer(options.Value.Schedule, time);
            do
            {
                try
                {
                    var run = await runner.RunNowAsync("schedule", Actor, stoppingToken);
                    if (run is null)
                        logger.LogInformation("Evidence: scheduled run skipped, another run holds the collector lease");
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Evidence: scheduled run could not start");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
