using M365Nis2.Web.Features.Vault;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// Collects every enabled source for one collection run, in turn (the pacer is shared, so two sources on one throttle
/// family never overlap), and stores per source one signed artefact and one <see cref="SourceRun"/>. A source that
/// throws is recorded as failed; the others still run. After each succeeded run its findings open or close follow-up
/// tasks (<see cref="FindingTasks"/>). Called by the evidence run under its single-runner lease.
/// </summary>
public sealed class SourceCollector(
    IEnumerable<IEvidenceSource> sources,
    SourceRunStore runs,
    IEvidenceVault vault,
    IOptions<SourcesOptions> options,
    ReportsPacer reportsPacer,
    FindingTasks findingTasks,
    TimeProvider time,
    ILogger<SourceCollector> logger) : IDisposable
{
    private readonly GraphPacer pacer = new(time, options.Value.Pacing.Throttles(), reportsPacer);

    public IReadOnlyList<IEvidenceSource> Enabled =>
        [.. sources.Where(s => !options.Value.Disabled.Contains(s.Key, StringComparer.OrdinalIgnoreCase))];

    public async Task<IReadOnlyList<SourceRun>> CollectAllAsync(SourceRunContext run, IAuthenticationProvider auth, CancellationToken ct)
    {
        var reading = new SourceReading(pacer, time, logger);
        var results = new List<SourceRun>();
        foreach (var source in Enabled)
            results.Add(await CollectAsync(reading, source, run, auth, ct));
        return results;
    }

    public void Dispose() => pacer.Dispose();

    private async Task<SourceRun> CollectAsync(SourceReading reading, IEvidenceSource source, SourceRunContext run, IAuthenticationProvider auth, CancellationToken ct)
    {
        var started = time.GetUtcNow();
        SourceRun result;
        Domain.Evidence.SourceEvaluation? evaluation = null;
        try
        {
            var read = await reading.ReadAsync(source, run, auth, ct);
            var receipt = await vault.PutAsync(read.Artefact, "application/json", SourceArtefact.KindOf(source.Key), source.ControlIds,
                new Dictionary<string, string> { ["runId"] = run.RunId, ["source"] = source.Key, ["isDemo"] = run.IsDemo ? "true" : "false" }, run.Actor, ct);
            result = new SourceRun(source.Key, run.RunId, RunStatuses.Succeeded, read.StartedAt, read.FinishedAt, run.IsDemo, read.Measures(source),
                read.Outcome.Evaluation.Checks.GroupBy(c => c.Result.Check).ToDictionary(g => g.Key, g => g.First().Result.Outcome.ToString()),
                read.Outcome.Evaluation.Metrics, receipt.Id, read.Counts.Total, read.Counts.Throttled,
                read.Unavailable?.Describe(), null, read.Unavailable?.Text().Danish);
            evaluation = read.Outcome.Evaluation; // only a stored, signed run opens or closes tasks
            logger.LogInformation("Evidence: source {Source} in run {RunId}: {Requests} Graph requests ({Throttled} throttled), artefact {ArtefactId}",
                source.Key, run.RunId, read.Counts.Total, read.Counts.Throttled, receipt.Id);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Evidence: source {Source} failed in run {RunId}", source.Key, run.RunId);
            result = new SourceRun(source.Key, run.RunId, RunStatuses.Failed, started, time.GetUtcNow(), run.IsDemo,
                new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, decimal?>(), null, 0, 0, null, e.Message);
        }
        await runs.UpsertAsync(result, CancellationToken.None);
        if (evaluation is not null && options.Value.FindingTasks)
            await FollowUpAsync(source, evaluation, run.RunId, ct);
        return result;
    }

    // The run is stored and signed whatever happens here: a task store hiccup must not lose evidence; the next run retries.
    private async Task FollowUpAsync(IEvidenceSource source, Domain.Evidence.SourceEvaluation evaluation, string runId, CancellationToken ct)
    {
        try
        {
            await findingTasks.SyncAsync(source, evaluation, runId, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Evidence: follow-up tasks for source {Source} in run {RunId} failed", source.Key, runId);
        }
    }
}
