using System.Collections.Concurrent;
using System.Diagnostics;
using M365Nis2.Web.Infrastructure.Storage;
using M365Nis2.Web.Platform;
using M365Nis2.Domain.Evidence.Mfa;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Graph;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>Outcome of asking for a run: started with an id, or refused because one is already running.</summary>
public sealed record RunStart(string? RunId, string? RunningId)
{
    public bool Started => RunId is not null;
}

/// <summary>
/// Starts and executes collection runs: take the single-runner lease, record the run, collect, evaluate, store one
/// signed artefact, complete the run row. Used by the API, the bot and the scheduled job.
/// </summary>
public sealed class EvidenceRunner(
    RunGuard guard,
    EvidenceRunStore runs,
    MfaCollector collector,
    SourceCollector sources,
    AutomatedEvidence automated,
    IEvidenceVault vault,
    IGraphTenantInfo tenant,
    IOptions<GraphOptions> graphOptions,
    IOptions<EvidenceOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<EvidenceRunner> logger)
{
    private readonly ConcurrentDictionary<string, Task<EvidenceRun>> inProcess = new();

    /// <summary>Starts a run in the background; refuses (with the running run's id when known) while one runs anywhere.</summary>
    public async Task<RunStart> StartAsync(string trigger, string actor, CancellationToken ct)
    {
        var lease = await guard.TryAcquireAsync(ct);
        if (lease is null)
        {
            var running = await runs.LatestAsync(1, RunStatuses.Running, ct);
            return new RunStart(null, running.Count > 0 ? running[0].Id : null);
        }

        var run = await BeginAsync(trigger, actor, lease, ct);
        inProcess[run.Id] = Task.Run(() => ExecuteAsync(run, lease, lifetime.ApplicationStopping), CancellationToken.None);
        return new RunStart(run.Id, null);
    }

    /// <summary>Runs to completion on the caller (the scheduled job); null when another run holds the lease.</summary>
    public async Task<EvidenceRun?> RunNowAsync(string trigger, string actor, CancellationToken ct)
    {
        var lease = await guard.TryAcquireAsync(ct);
        if (lease is null)
            return null;
        var run = await BeginAsync(trigger, actor, lease, ct);
        return await ExecuteAsync(run, lease, ct);
    }

    /// <summary>
    /// The stored run; a run still "running" while nobody holds the collector lease lost its instance (the lease
    /// expired) and is recorded and shown as abandoned instead of running forever.
    /// </summary>
    public async Task<EvidenceRun?> FindAsync(string runId, CancellationToken ct)
    {
        var run = await runs.FindAsync(runId, ct);
        if (run is { Status: RunStatuses.Running } && !inProcess.ContainsKey(run.Id) && !await guard.IsHeldAsync(ct))
        {
            run = await AbandonAsync(run, ct);
        }
        return run;
    }

    /// <summary>The latest runs, newest first, with the same rule as <see cref="FindAsync"/>: a dead run is shown abandoned.</summary>
    public async Task<IReadOnlyList<EvidenceRun>> LatestAsync(int count, CancellationToken ct)
    {
        var list = (await runs.LatestAsync(count, null, ct)).ToList();
        var orphans = list.Where(r => r.Status == RunStatuses.Running && !inProcess.ContainsKey(r.Id)).ToList();
        if (orphans.Count == 0 || await guard.IsHeldAsync(ct))
            return list;
        foreach (var orphan in orphans)
            list[list.IndexOf(orphan)] = await AbandonAsync(orphan, ct);
        return list;
    }

    private async Task<EvidenceRun> AbandonAsync(EvidenceRun run, CancellationToken ct)
    {
        var abandoned = run with
        {
            Status = RunStatuses.Abandoned,
            Error = "The instance running this collection stopped before it finished (its lease expired); start a new run.",
        };
        try
        {
            await runs.UpdateAsync(abandoned, ct);
        }
        catch (Azure.RequestFailedException e) when (e.Status == 412)
        {
            return await runs.FindAsync(run.Id, ct) ?? abandoned; // finished or abandoned by someone else meanwhile
        }
        logger.LogWarning("Evidence: run {RunId} marked abandoned (no instance holds the collector lease)", run.Id);
        return abandoned;
    }

    /// <summary>Waits up to <paramref name="timeout"/> for a run this instance started; the stored run either way.</summary>
    public async Task<EvidenceRun?> WaitAsync(string runId, TimeSpan timeout, CancellationToken ct)
    {
        if (inProcess.TryGetValue(runId, out var task))
        {
            await Task.WhenAny(task, Task.Delay(timeout, time, ct));
        }
        return await runs.FindAsync(runId, ct);
    }

    private async Task<EvidenceRun> BeginAsync(string trigger, string actor, HeldLease lease, CancellationToken ct)
    {
        // Holding the lease proves that any run still marked running elsewhere has lost its instance.
        foreach (var orphan in await runs.LatestAsync(20, RunStatuses.Running, ct))
        {
            await AbandonAsync(orphan, ct);
        }
        var started = time.GetUtcNow();
        var run = new EvidenceRun(EvidenceRunStore.NewRunId(started), RunStatuses.Running, trigger, actor, started, null, tenant.IsDemo,
            null, new Dictionary<string, string>(), null, null, null, 0, 0, 0, null);
        try
        {
            await runs.AddAsync(run, ct);
        }
        catch
        {
            await lease.DisposeAsync();
            throw;
        }
        return run;
    }

    private async Task<EvidenceRun> ExecuteAsync(EvidenceRun run, HeldLease lease, CancellationToken ct)
    {
        await using (lease)
        {
            // Started from a bot invoke or an API call, the run's span is a child of that request's trace (the context
            // flows into Task.Run); from the schedule it is a root.
            using var span = AppTelemetry.Source.StartActivity("evidence.run");
            span?.SetTag("m365nis2.run.id", run.Id);
            span?.SetTag("m365nis2.run.trigger", run.Trigger);
            var clock = Stopwatch.StartNew();
            EvidenceRun finished;
            try
            {
                finished = await CollectAndStoreAsync(run, ct);
            }
            catch (Exception e)
            {
                logger.LogError(e, "Evidence: run {RunId} failed", run.Id);
                span?.SetStatus(ActivityStatusCode.Error, e.Message);
                finished = run with { Status = RunStatuses.Failed, FinishedAt = time.GetUtcNow(), Error = e.Message };
            }
            // Bounded, not the (possibly cancelled) run token: the outcome is worth a short wait, but never a stuck shutdown;
            // a row left "running" is shown abandoned once the lease has expired.
            using (var bounded = new CancellationTokenSource(TimeSpan.FromSeconds(3)))
            {
                try
                {
                    await runs.UpdateAsync(finished, bounded.Token);
                }
                catch (Exception e) when (e is Azure.RequestFailedException or OperationCanceledException)
                {
                    logger.LogWarning(e, "Evidence: could not record the end of run {RunId}", run.Id);
                }
            }
            inProcess.TryRemove(run.Id, out _);
            KeyValuePair<string, object?>[] tags = [new("outcome", finished.Status), new("trigger", run.Trigger)];
            AppTelemetry.EvidenceRuns.Add(1, tags);
            AppTelemetry.EvidenceRunDuration.Record(clock.Elapsed.TotalSeconds, tags);
            span?.SetTag("m365nis2.run.outcome", finished.Status);
            span?.SetTag("m365nis2.evidence.overall", finished.Overall);
            return finished;
        }
    }

    private async Task<EvidenceRun> CollectAndStoreAsync(EvidenceRun run, CancellationToken ct)
    {
        var baseUrl = tenant.BaseUrl;
        var snapshot = await collector.CollectAsync(baseUrl, GraphClients.AuthProviderFor(graphOptions.Value, baseUrl), ct);
        var rules = options.Value.ToRuleOptions(snapshot.BreakGlassIds);
        var evaluation = MfaEvaluator.Evaluate(snapshot.Evidence, snapshot.Registration, rules);
        var tenantId = tenant.IsDemo ? DemoDirectory.TenantId : graphOptions.Value.TenantId;
        var content = MfaArtefact.Build(run.Id, tenantId, tenant.IsDemo, baseUrl, snapshot, evaluation);
        var receipt = await vault.PutAsync(content, "application/json", MfaArtefact.Kind, [MfaEvaluator.ControlId],
            new Dictionary<string, string>
            {
                ["runId"] = run.Id,
                ["overall"] = evaluation.Overall.ToString(),
                ["isDemo"] = tenant.IsDemo ? "true" : "false",
            }, run.Actor, ct);
        logger.LogInformation("Evidence: run {RunId} {Overall}, {Requests} Graph requests ({Reports} reports, {Throttled} throttled), artefact {ArtefactId}",
            run.Id, evaluation.Overall, snapshot.Counts.Total, snapshot.Counts.Reports, snapshot.Counts.Throttled, receipt.Id);
        // The other sources run under the same lease and run id, each with its own artefact (Features/Evidence/Sources).
        var parts = await sources.CollectAllAsync(new SourceRunContext(run.Id, run.Trigger, run.Actor, tenantId, tenant.IsDemo, baseUrl),
            GraphClients.AuthProviderFor(graphOptions.Value, baseUrl), ct);
        automated.Invalidate();
        return run with
        {
            Status = RunStatuses.Succeeded,
            FinishedAt = time.GetUtcNow(),
            Overall = evaluation.Overall.ToString(),
            Checks = evaluation.Checks.ToDictionary(c => c.Check, c => c.Outcome.ToString()),
            RegistrationPercent = snapshot.Registration.Status.IsOk ? snapshot.Registration.MemberPercent : null,
            AdminsPercent = MfaArtefact.AdminPercent(snapshot.Registration),
            ArtefactId = receipt.Id,
            RequestsTotal = snapshot.Counts.Total + parts.Sum(p => p.Requests),
            RequestsReports = snapshot.Counts.Reports,
            Throttled = snapshot.Counts.Throttled + parts.Sum(p => p.Throttled),
        };
    }
}
