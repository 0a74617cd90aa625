using M365Nis2.Domain.Evidence;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>One source read and judged: its outcome, its signed-to-be artefact, what it cost in requests.</summary>
/// <param name="Unavailable">When every request was refused, the first refusal's reason (what an admin must fix).</param>
public sealed record SourceReadResult(SourceOutcome Outcome, byte[] Artefact, SourceRequestCounts Counts, DateTimeOffset StartedAt, DateTimeOffset FinishedAt,
    CollectionStatus? Unavailable)
{
    /// <summary>Measure → combined outcome of this source's checks there.</summary>
    public IReadOnlyDictionary<string, string> Measures(IEvidenceSource source) =>
        source.ControlIds.ToDictionary(c => c, c => (MeasureOutcome.Combine(Outcome.Evaluation.For(c)).Outcome ?? Domain.Evidence.Outcome.Unknown).ToString());
}

/// <summary>
/// Reads one source through its own Graph client — the SDK's default handlers (retry honouring Retry-After) over the
/// shared <see cref="GraphPacer"/> and a request counter — and builds its artefact. No storage: the collector stores,
/// benchmarks measure.
/// </summary>
public sealed class SourceReading(GraphPacer pacer, TimeProvider time, ILogger logger)
{
    public async Task<SourceReadResult> ReadAsync(IEvidenceSource source, SourceRunContext run, IAuthenticationProvider auth, CancellationToken ct)
    {
        var started = time.GetUtcNow();
        var counts = new SourceRequestCounts();
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        handlers.Add(new SourceHttpHandler(pacer, counts));
        using var http = GraphClientFactory.Create(handlers);
        var graph = new GraphServiceClient(http, auth, run.GraphBaseUrl.ToString().TrimEnd('/'));
        var reader = new SourceReader(graph, started, logger);
        var outcome = await source.CollectAsync(reader, ct);
        var finished = time.GetUtcNow();
        return new SourceReadResult(outcome, SourceArtefact.Build(run, source, reader, outcome, counts, finished), counts, started, finished, Unavailable(reader));
    }

    private static CollectionStatus? Unavailable(SourceReader reader) =>
        reader.Statuses.Count > 0 && reader.Statuses.Values.All(s => !s.IsOk) ? reader.Statuses.Values.First() : null;
}
