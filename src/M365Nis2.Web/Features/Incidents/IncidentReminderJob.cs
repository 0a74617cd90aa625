using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using M365Nis2.Web.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>
/// Runs <see cref="IncidentReminderRunner"/> every Incidents:ReminderInterval on the app's TimeProvider. With several
/// instances, a blob lease lets one of them run each pass; the runner's ETag claims keep reminders single even without it.
/// </summary>
public sealed class IncidentReminderJob(IncidentReminderRunner runner, BlobServiceClient blobs, StorageNames names,
    IOptions<IncidentsOptions> options, TimeProvider time, ILogger<IncidentReminderJob> logger) : BackgroundService
{
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(60);

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
        var container = blobs.GetBlobContainerClient(names.Container("locks"));
        await container.CreateIfNotExistsAsync(cancellationToken: ct);
        var blob = container.GetBlobClient("incident-reminders");
        try
        {
            await blob.UploadAsync(BinaryData.FromString("lease target for the incident reminder job"), overwrite: false, ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // exists already
        }
        var lease = blob.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(LeaseDuration, cancellationToken: ct);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            logger.LogDebug("Another instance holds the incident reminder lease; skipping this pass");
            return;
        }
        try
        {
            await runner.RunOnceAsync(ct);
        }
        finally
        {
            await lease.ReleaseAsync(cancellationToken: CancellationToken.None);
        }
    }
}
