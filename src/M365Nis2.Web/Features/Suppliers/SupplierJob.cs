using M365Nis2.Web.Infrastructure.Storage;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>What one pass of the daily job did: null discovery when the period's discovery had already run, null snapshot
/// when the register had not changed since the last signed one.</summary>
public sealed record SupplierPass(DiscoveryRun? Discovery, IReadOnlyList<SentReminder> Reminders, RegisterSnapshot? Snapshot);

/// <summary>
/// Daily (Suppliers:JobInterval, on the app's TimeProvider): discovery of third-party apps, then assessment and
/// certificate reminders, then a signed snapshot of the register when it changed. One instance runs a pass at a time under a blob lease; a pass that finds the period's discovery
/// already done (by another instance's pass or the CISO's own run) does not repeat it, and each reminder marker is
/// claimed with an ETag before the send, so two instances or a manual pass send each reminder once.
/// </summary>
public sealed class SupplierJob(DiscoveryService discovery, DiscoveryStore runs, SupplierReminderRunner reminders,
    SupplierRegisterSnapshots snapshots, JobLease leases,
    IOptions<SuppliersOptions> options, TimeProvider time, ILogger<SupplierJob> logger) : BackgroundService
{
    public const string LeaseName = "supplier-daily";
    public const string Actor = "job:supplier-discovery";

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
                    await RunOnceAsync(stoppingToken);
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

    /// <summary>One pass under the lease; null when another instance holds it (public for tests and operators).</summary>
    public async Task<SupplierPass?> RunOnceAsync(CancellationToken ct)
    {
        await using var lease = await leases.TryAcquireAsync(LeaseName, ct);
        if (lease is null)
            return null;
        using var work = CancellationTokenSource.CreateLinkedTokenSource(ct, lease.Lost);
        var run = await DiscoveryDueAsync(work.Token) ? await discovery.RunAsync(Actor, work.Token) : null;
        var sent = await reminders.RunAsync(work.Token);
        return new SupplierPass(run, sent, await snapshots.SignIfChangedAsync(Actor, work.Token));
    }

    /// <summary>Due unless a run succeeded in the current period (periods start at the Unix epoch, so instances agree).</summary>
    private async Task<bool> DiscoveryDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var periodStart = now - TimeSpan.FromTicks((now - DateTimeOffset.UnixEpoch).Ticks % options.Value.JobInterval.Ticks);
        return await runs.LatestRunAsync(ct) is not { Succeeded: true } latest || latest.At < periodStart;
    }
}
