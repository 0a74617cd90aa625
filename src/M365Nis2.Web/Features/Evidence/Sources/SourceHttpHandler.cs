using System.Collections.Concurrent;
using System.Net;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>What one source's collection sent to Graph, per throttle family (every attempt, retries included).</summary>
public sealed class SourceRequestCounts
{
    private readonly ConcurrentDictionary<string, int> byFamily = new(StringComparer.Ordinal);
    private int total;
    private int throttled;

    public int Total => Volatile.Read(ref total);

    /// <summary>429 responses received.</summary>
    public int Throttled => Volatile.Read(ref throttled);

    public IReadOnlyDictionary<string, int> ByFamily => new Dictionary<string, int>(byFamily);

    internal void Count(string? family, HttpStatusCode status)
    {
        Interlocked.Increment(ref total);
        byFamily.AddOrUpdate(family ?? "other", 1, (_, n) => n + 1);
        if (status == HttpStatusCode.TooManyRequests)
            Interlocked.Increment(ref throttled);
    }
}

/// <summary>
/// Innermost handler of a source's Graph pipeline, below the SDK's retry handler: every attempt is paced in its
/// family's window and counted, and a retry that honours Retry-After still waits for a free slot.
/// </summary>
internal sealed class SourceHttpHandler(GraphPacer pacer, SourceRequestCounts counts) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var family = request.RequestUri is { } uri ? pacer.FamilyOf(uri) : null;
        var response = family is null
            ? await base.SendAsync(request, cancellationToken).ConfigureAwait(false)
            : await pacer.RunAsync(family, () => base.SendAsync(request, cancellationToken), cancellationToken).ConfigureAwait(false);
        counts.Count(family?.Name, response.StatusCode);
        return response;
    }
}
