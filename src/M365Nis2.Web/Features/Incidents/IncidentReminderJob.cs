using M365Nis2.Web.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>
/// Runs <see cref="IncidentReminderRunner"/> every Incidents:ReminderInterval on the app's TimeProvider. With several
/// instances, a blob lease lets one of them run each pass; the runner's ETag claims keep reminders single even without it.
/// </summary>
public sealed class IncidentReminderJob(IncidentReminderRunner runner, JobLease leases,
    IOptions<IncidentsOptions> options, TimeProvider time, ILogger<IncidentReminderJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ReminderInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await RunWithLeaseAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A failed pass (storage or connector down) must not stop the job: the next tick tries again.
                    logger.LogError(ex, "Incident reminder pass failed");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task RunWithLeaseAsync(CancellationToken ct)
    {
        await using var lease = await leases.TryAcquireAsync("incident-reminders", ct);
        if (lease is null)
        {
            logger.LogDebug("Another instance holds the incident reminder lease; skipping this pass");
            return;
        }
        await runner.RunOnceAsync(ct);
    }
}
