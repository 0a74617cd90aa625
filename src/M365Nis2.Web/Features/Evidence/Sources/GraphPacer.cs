namespace M365Nis2.Web.Features.Evidence;

/// <summary>One Graph throttle as documented (learn.microsoft.com/graph/throttling-limits), per app per tenant.</summary>
/// <param name="Name">Family key, e.g. <c>security</c>.</param>
/// <param name="Matches">Whether a request belongs to the family (path after the version, and the query).</param>
public sealed record GraphThrottle(string Name, int Limit, TimeSpan Window, Func<string, string, bool> Matches);

/// <summary>
/// Keeps every request of a collection under its API family's documented throttle, so a run provokes no 429 in normal
/// operation. Each family is a sliding window of completed requests, as <see cref="ReportsPacer"/> does for (j): a
/// slot's time is when its response arrived, so latency and clock skew cannot push a request into a full window.
/// Requests of one family are serialised; families do not wait for each other. The reports family (Entra reports and
/// audit logs) is the (j) collector's <see cref="ReportsPacer"/> itself when given, so the MFA report pages and the
/// audit-log reads share one window, as they share one throttle at Graph.
/// </summary>
public sealed class GraphPacer(TimeProvider time, IReadOnlyList<GraphThrottle> throttles, ReportsPacer? reports = null) : IDisposable
{
    public const string ReportsFamily = "reports";

    private readonly Dictionary<string, Window> windows = throttles.ToDictionary(t => t.Name, t => new Window(t));

    /// <summary>The family a request belongs to, or null when no documented throttle applies.</summary>
    public GraphThrottle? FamilyOf(Uri uri)
    {
        var path = uri.AbsolutePath;
        var version = path.IndexOf("/v1.0/", StringComparison.OrdinalIgnoreCase);
        var rest = version >= 0 ? path[(version + "/v1.0".Length)..] : path;
        var query = Uri.UnescapeDataString(uri.Query);
        return throttles.FirstOrDefault(t => t.Matches(rest, query));
    }

    public async Task<T> RunAsync<T>(GraphThrottle family, Func<Task<T>> send, CancellationToken ct)
    {
        if (reports is not null && family.Name == ReportsFamily)
            return await reports.RunAsync(send, ct).ConfigureAwait(false);
        var window = windows[family.Name];
        await window.Gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await window.WaitForSlotAsync(time, ct).ConfigureAwait(false);
            try
            {
                return await send().ConfigureAwait(false);
            }
            finally
            {
                window.Completed.Enqueue(time.GetUtcNow());
            }
        }
        finally
        {
            window.Gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var w in windows.Values)
            w.Gate.Dispose();
    }

    private sealed class Window(GraphThrottle throttle)
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public Queue<DateTimeOffset> Completed { get; } = new();

        public async Task WaitForSlotAsync(TimeProvider time, CancellationToken ct)
        {
            while (true)
            {
                var now = time.GetUtcNow();
                while (Completed.Count > 0 && now - Completed.Peek() >= throttle.Window)
                    Completed.Dequeue();
                if (Completed.Count < throttle.Limit)
                    return;
                await Task.Delay(Completed.Peek() + throttle.Window - now, time, ct).ConfigureAwait(false);
            }
        }
    }
}
