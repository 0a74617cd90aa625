using System.Net.Http.Headers;

namespace M365Nis2.Teams.Connector;

/// <summary>
/// Teams throttles per bot per conversation and per tenant: honour Retry-After on 429, back off exponentially with
/// jitter on 412/500/502/503/504, and give up after a bounded number of attempts. Waits use the injected TimeProvider.
/// </summary>
public sealed class ConnectorRetryPolicy(TimeProvider time)
{
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(60);

    public int MaxAttempts { get; init; } = 5;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(250);

    public static bool IsRetryable(int status) => status is 429 or 412 or 500 or 502 or 503 or 504;

    public Task DelayAsync(int attempt, RetryConditionHeaderValue? retryAfter, CancellationToken ct) =>
        Task.Delay(DelayFor(attempt, retryAfter), time, ct);

    public TimeSpan DelayFor(int attempt, RetryConditionHeaderValue? retryAfter)
    {
        var fromHeader = retryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - time.GetUtcNow(),
            _ => (TimeSpan?)null,
        };
        if (fromHeader is { } wait)
        {
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxRetryAfter ? MaxRetryAfter : wait;
        }
        var exponential = BaseDelay * Math.Pow(2, attempt - 1);
#pragma warning disable CA5394 // jitter needs no cryptographic randomness
        var jitter = BaseDelay * Random.Shared.NextDouble();
#pragma warning restore CA5394
        return exponential + jitter;
    }
}
