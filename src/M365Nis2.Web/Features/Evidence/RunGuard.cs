using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;
using M365Nis2.Web.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// One collection at a time across every instance: a blob lease on <c>jobs/evidence-collector</c>, taken by on-demand
/// and scheduled runs alike and renewed while the run lasts. If an instance dies, the lease lapses after
/// <see cref="EvidenceOptions.LeaseDuration"/> and the next run can start.
/// </summary>
public sealed class RunGuard(BlobServiceClient blobs, StorageNames names, IOptions<EvidenceOptions> options, ILogger<RunGuard> logger)
{
    public const string BlobName = "evidence-collector";

    /// <summary>The held lease, or null when another run (on any instance) holds it.</summary>
    public async Task<RunLease?> TryAcquireAsync(CancellationToken ct)
    {
        var container = blobs.GetBlobContainerClient(names.Container("jobs"));
        await container.CreateIfNotExistsAsync(cancellationToken: ct);
        var blob = container.GetBlobClient(BlobName);
        if (!await blob.ExistsAsync(ct))
        {
            try
            {
                await blob.UploadAsync(BinaryData.FromString(""), overwrite: false, ct);
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another instance created it first, or holds a lease on it already.
            }
        }

        var lease = blob.GetBlobLeaseClient();
        try
        {
            await lease.AcquireAsync(options.Value.LeaseDuration, cancellationToken: ct);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return null;
        }
        return new RunLease(lease, options.Value.LeaseDuration, logger);
    }
}

/// <summary>A held run lease, renewed in the background until disposed (which releases it).</summary>
public sealed class RunLease : IAsyncDisposable
{
    private readonly BlobLeaseClient lease;
    private readonly CancellationTokenSource stop = new();
    private readonly Task renewal;

    internal RunLease(BlobLeaseClient lease, TimeSpan duration, ILogger logger)
    {
        this.lease = lease;
        renewal = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(duration / 3);
            try
            {
                while (await timer.WaitForNextTickAsync(stop.Token))
                    await lease.RenewAsync(cancellationToken: stop.Token);
            }
            catch (OperationCanceledException)
            {
            }
            catch (RequestFailedException e)
            {
                logger.LogError(e, "Evidence: lost the collector lease; another instance may start a run");
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await renewal;
        stop.Dispose();
        try
        {
            await lease.ReleaseAsync();
        }
        catch (RequestFailedException)
        {
            // Already lapsed or taken: nothing to release.
        }
    }
}
