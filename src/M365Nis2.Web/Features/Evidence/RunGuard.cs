using M365Nis2.Web.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// One collection at a time across every instance: the job lease <c>jobs/evidence-collector</c>, taken by on-demand
/// and scheduled runs alike and renewed while the run lasts. If an instance dies, the lease lapses after
/// <see cref="EvidenceOptions.LeaseDuration"/> and the next run can start.
/// </summary>
public sealed class RunGuard(JobLease leases, IOptions<EvidenceOptions> options)
{
    public const string BlobName = "evidence-collector";

    /// <summary>The held lease, or null when another run (on any instance) holds it.</summary>
    public Task<HeldLease?> TryAcquireAsync(CancellationToken ct) => leases.TryAcquireAsync(BlobName, options.Value.LeaseDuration, ct);

    /// <summary>Whether a run holds the lease now, on any instance.</summary>
    public Task<bool> IsHeldAsync(CancellationToken ct) => leases.IsHeldAsync(BlobName, ct);
}
