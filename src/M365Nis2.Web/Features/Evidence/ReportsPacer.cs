using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// Keeps requests to Graph's reports family under its throttle (by default 5 per 10 s per tenant) so a run never
/// provokes a 429 in normal operation. It mirrors Graph's sliding window rather than a refilling token bucket: a bucket
/// refilling one token every 2 s would send the 6th request at 2 s, which a sliding window refuses. A slot's time is
/// when its response arrived (Graph counted the request no later than that), so client/server clock skew and latency
/// cannot push a request into a full window. One instance per process (singleton); requests are serialised.
/// </summary>
public sealed class ReportsPacer(TimeProvider time, IOptions<EvidenceOptions> options) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Queue<DateTimeOffset> completed = new();

    /// <summary>Waits until a reports request may be sent, runs it, and records when it completed.</summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> send, CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            await WaitForSlotAsync(ct).ConfigureAwait(false);
            try
            {
                return await send().ConfigureAwait(false);
            }
            finally
            {
                completed.Enqueue(time.GetUtcNow());
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task WaitForSlotAsync(CancellationToken ct)
    {
        var limit = options.Value.ReportsRequestLimit;
        var window = options.Value.ReportsWindow;
        while (true)
        {
            var now = time.GetUtcNow();
            while (completed.Count > 0 && now - completed.Peek() >= window)
                completed.Dequeue();
            if (completed.Count < limit)
                return;
            await Task.Delay(completed.Peek() + window - now, time, ct).ConfigureAwait(false);
        }
    }
}
