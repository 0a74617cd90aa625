using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
namespace M365Nis2.Web.Infrastructure.Storage;

/// <summary>
/// "One runner at a time" for background jobs across instances (awareness fan-out, training, incident reminders,
/// evidence collection): a blob lease on jobs/{name}. The holder renews it while it works; a crashed holder's lease
/// simply expires, so another instance takes over after at most the lease duration.
/// </summary>
public sealed class JobLease(BlobServiceClient blobs, StorageNames names, ILogger<JobLease> logger)
{
    public static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(30);

    /// <summary>The held lease, or null when another runner holds it.</summary>
    public Task<HeldLease?> TryAcquireAsync(string jobName, CancellationToken ct) => TryAcquireAsync(jobName, DefaultDuration, ct);

    /// <summary>True while some instance holds the job's lease (a crashed holder's lease counts until it expires).</summary>
    public async Task<bool> IsHeldAsync(string jobName, CancellationToken ct)
    {
        var blob = blobs.GetBlobContainerClient(names.Container("jobs")).GetBlobClient(jobName);
        try
        {
            var properties = await blob.GetPropertiesAsync(cancellationToken: ct);
            return properties.Value.LeaseState == Azure.Storage.Blobs.Models.LeaseState.Leased;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    /// <summary>The held lease (15–60 s, renewed every third of it), or null when another runner holds it.</summary>
    public async Task<HeldLease?> TryAcquireAsync(string jobName, TimeSpan duration, CancellationToken ct)
    {
        var container = blobs.GetBlobContainerClient(names.Container("jobs"));
        await container.CreateIfNotExistsAsync(cancellationToken: ct);
        var blob = container.GetBlobClient(jobName);
        try
        {
            await blob.UploadAsync(BinaryData.FromString(jobName), overwrite: false, ct);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            // exists already (possibly leased): fine
        }
        var lease = blob.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(duration, cancellationToken: ct);
            return new HeldLease(lease, jobName, duration, logger);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }
}

/// <summary>A lease this process holds; renews itself and cancels <see cref="Lost"/> when renewal fails.</summary>
public sealed class HeldLease : IAsyncDisposable
{
    private readonly BlobLeaseClient lease;
    private readonly CancellationTokenSource lost = new();
    private readonly CancellationTokenSource stopRenewing = new();
    private readonly Task renewing;

    internal HeldLease(BlobLeaseClient lease, string jobName, TimeSpan duration, ILogger logger)
    {
        this.lease = lease;
        renewing = Task.Run(async () =>
        {
            try
            {
                while (!stopRenewing.IsCancellationRequested)
                {
                    await Task.Delay(duration / 3, stopRenewing.Token);
                    await lease.RenewAsync(cancellationToken: stopRenewing.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (RequestFailedException e)
            {
                logger.LogWarning(e, "Lost the lease on job {Job}; stopping work", jobName);
                await lost.CancelAsync();
            }
        });
    }

    /// <summary>Cancelled when the lease could not be renewed: stop starting new work.</summary>
    public CancellationToken Lost => lost.Token;

    public async ValueTask DisposeAsync()
    {
        await stopRenewing.CancelAsync();
        await renewing;
        // Bounded: when storage is gone (or the host is stopping) an unreleased lease simply expires on its own.
        using var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await lease.ReleaseAsync(cancellationToken: bounded.Token);
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException)
        {
            // expired, taken over, or storage unreachable
        }
        lost.Dispose();
        stopRenewing.Dispose();
    }
}
