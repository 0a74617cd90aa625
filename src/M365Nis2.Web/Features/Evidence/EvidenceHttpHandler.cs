using System.Net;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>Counts what one collection sent to Graph (every attempt, including the SDK's retries).</summary>
public sealed class GraphRequestCounts
{
    private int total;
    private int reports;
    private int throttled;
    private int retried;

    public int Total => Volatile.Read(ref total);

    public int Reports => Volatile.Read(ref reports);

    /// <summary>429 responses received.</summary>
    public int Throttled => Volatile.Read(ref throttled);

    /// <summary>429/503/504 responses the SDK's retry handler then retried (or gave up on).</summary>
    public int RetryableFailures => Volatile.Read(ref retried);

    internal void Count(bool isReports, HttpStatusCode status)
    {
        Interlocked.Increment(ref total);
        if (isReports)
            Interlocked.Increment(ref reports);
        if (status == HttpStatusCode.TooManyRequests)
            Interlocked.Increment(ref throttled);
        if (status is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
            Interlocked.Increment(ref retried);
    }
}

/// <summary>
/// Innermost handler of the collector's Graph pipeline: below the SDK's retry handler, so every attempt (retries
/// included) is paced and counted, and a retry honouring Retry-After still waits for a slot in the reports window.
/// </summary>
internal sealed class EvidenceHttpHandler(ReportsPacer pacer, GraphRequestCounts counts) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var isReports = request.RequestUri?.AbsolutePath.Contains("/reports/", StringComparison.OrdinalIgnoreCase) == true;
        var response = isReports
            ? await pacer.RunAsync(() => base.SendAsync(request, cancellationToken), cancellationToken).ConfigureAwait(false)
            : await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        counts.Count(isReports, response.StatusCode);
        return response;
    }
}
