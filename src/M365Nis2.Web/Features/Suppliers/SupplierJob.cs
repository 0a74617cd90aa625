using M365Nis2.Web.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>
/// Daily (Suppliers:JobInterval, on the app's TimeProvider): discovery of third-party apps, then assessment and
/// certificate reminders. One instance runs each pass under a blob lease; the reminder markers are claimed with ETags, so
/// a reminder is sent once even if two passes overlap.
/// </summary>
public sealed class SupplierJob(DiscoveryService discovery, SupplierReminderRunner reminders, JobLease leases, IOptions<SuppliersOptions> options,
    TimeProvider time, ILogger<SupplierJob> logger) : BackgroundService
{
    public const string LeaseName = "supplier-daily";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.JobsEnabled)
            return;
        try
        {
            await Task.Delay(options.Value.FirstRunDelay, time, stoppingToken);
            using var timer = new PeriodicTimer(options.Value.JobInterval, time);
            do
            {
                try
                {
                    await using var lease = await leases.TryAcquireAsync(LeaseName, stoppingToken);
                    if (lease is null)
                        continue;
                    await discovery.RunAsync("job:supplier-discovery", lease.Lost);
                    await reminders.RunAsync(lease.Lost);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A failed pass (storage, Graph or connector down) must not stop the job: the next tick tries again.
                    logger.LogError(ex, "Supplier daily pass failed");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
