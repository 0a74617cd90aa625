using M365Nis2.Domain.Evidence;
using M365Nis2.Web.Features.Vault;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace M365Nis2.Web.Features.Evidence.Sources;

/// <summary>
/// Collects every enabled source for one collection run, in turn, each through its own paced and counted Graph client
/// (the pacer is shared, so two sources on one throttle family never overlap), and stores per source one signed
/// artefact and one <see cref="SourceRun"/>. A source that throws is recorded as failed; the others still run.
/// Called by the evidence run under its single-runner lease.
/// </summary>
public sealed class SourceCollector(
    IEnumerable<IEvidenceSource> sources,
    SourceRunStore runs,
    IEvidenceVault vault,
    IOptions<SourcesOptions> options,
    TimeProvider time,
    ILogger<SourceCollector> logger) : IDisposable
{
    private readonly GraphPacer pacer = new(time, options.Value.Pacing.Throttles());

    public IReadOnlyList<IEvidenceSource> Enabled =>
        [.. sources.Where(s => !options.Value.Disabled.Contains(s.Key, StringComparer.OrdinalIgnoreCase))];

    public async Task<IReadOnlyList<SourceRun>> CollectAllAsync(SourceRunContext run, IAuthenticationProvider auth, CancellationToken ct)
    {
        var results = new List<SourceRun>();
        foreach (var source in Enabled)
            results.Add(await CollectAsync(source, run, auth, ct));
        return results;
    }

    public void Dispose() => pacer.Dispose();

    private async Task<SourceRun> CollectAsync(IEvidenceSource source, SourceRunContext run, IAuthenticationProvider auth, CancellationToken ct)
    {
        var started = time.GetUtcNow();
        var counts = new SourceRequestCounts();
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        handlers.Add(new SourceHttpHandler(pacer, counts));
        using var http = GraphClientFactory.Create(handlers);
        var graph = new GraphServiceClient(http, auth, run.GraphBaseUrl.ToString().TrimEnd('/'));
        var reader = new SourceReader(graph, started, logger);
        SourceRun result;
        try
        {
            var outcome = await source.CollectAsync(reader, ct);
            var finished = time.GetUtcNow();
            var content = SourceArtefact.Build(run, source, reader, outcome, counts, finished);
            var measures = source.ControlIds.ToDictionary(c => c, c => (MeasureOutcome.Combine(outcome.Evaluation.For(c)).Outcome ?? Outcome.Unknown).ToString());
            var receipt = await vault.PutAsync(content, "application/json", SourceArtefact.KindOf(source.Key), source.ControlIds,
                new Dictionary<string, string> { ["runId"] = run.RunId, ["source"] = source.Key, ["isDemo"] = run.IsDemo ? "true" : "false" }, run.Actor, ct);
            result = new SourceRun(source.Key, run.RunId, RunStatuses.Succeeded, started, finished, run.IsDemo, measures,
                outcome.Evaluation.Checks.GroupBy(c => c.Result.Check).ToDictionary(g => g.Key, g => g.First().Result.Outcome.ToString()),
                outcome.Evaluation.Metrics, receipt.Id, counts.Total, counts.Throttled, Unavailable(reader), null);
            logger.LogInformation("Evidence: source {Source} in run {RunId}: {Requests} Graph requests ({Throttled} throttled), artefact {ArtefactId}",
                source.Key, run.RunId, counts.Total, counts.Throttled, receipt.Id);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Evidence: source {Source} failed in run {RunId}", source.Key, run.RunId);
            result = new SourceRun(source.Key, run.RunId, RunStatuses.Failed, started, time.GetUtcNow(), run.IsDemo,
                new Dictionary<string, string>(), new Dictionary<string, string>(), new Dictionary<string, decimal?>(), null, counts.Total, counts.Throttled, null, e.Message);
        }
        await runs.UpsertAsync(result, CancellationToken.None);
        return result;
    }

    /// <summary>When every request the source made was refused, the first refusal's reason (what an admin must fix).</summary>
    private static string? Unavailable(SourceReader reader)
    {
        var statuses = reader.Proof.Select(p => p.Value?["status"]?.GetValue<string>()).ToList();
        return statuses.Count > 0 && statuses.All(s => s != nameof(CollectionStatusKind.Ok))
            ? reader.Proof.Select(p => p.Value?["detail"]?.GetValue<string>()).FirstOrDefault(d => d is not null)
            : null;
    }
}
