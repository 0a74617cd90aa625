using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>
/// A token bucket for every outbound Bot Connector call of this instance (Teams allows 50 RPS per tenant for a bot).
/// The burst is a tenth of a second's worth, so no one-second window sees much more than the configured rate.
/// A 429 empties the bucket and pauses it for the Retry-After.
/// Teams' limits are in real seconds, so the bucket runs on the wall clock, never on the app's (possibly simulated)
/// business clock: a test that fast-forwards deadlines must not stall or speed up outbound calls.
/// </summary>
public sealed class ConnectorPacer(IOptions<AwarenessOptions> options)
{
    private static readonly TimeProvider Clock = TimeProvider.System;
    private readonly Lock gate = new();
    private double tokens = Math.Max(1, options.Value.MaxSendsPerSecond / 10);
    private long lastTimestamp = Clock.GetTimestamp();
    private DateTimeOffset pausedUntil = DateTimeOffset.MinValue;

    private double Rate => options.Value.MaxSendsPerSecond;

    private double Capacity => Math.Max(1, Rate / 10);

    public async Task WaitAsync(CancellationToken ct)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = Clock.GetTimestamp();
                tokens = Math.Min(Capacity, tokens + Clock.GetElapsedTime(lastTimestamp, now).TotalSeconds * Rate);
                lastTimestamp = now;
                var pause = pausedUntil - Clock.GetUtcNow();
                if (pause <= TimeSpan.Zero && tokens >= 1)
                {
                    tokens -= 1;
                    return;
                }
                wait = pause > TimeSpan.Zero ? pause : TimeSpan.FromSeconds((1 - tokens) / Rate);
            }
            await Task.Delay(wait, Clock, ct);
        }
    }

    public void BackOff(TimeSpan retryAfter)
    {
        lock (gate)
        {
            tokens = 0;
            var until = Clock.GetUtcNow() + retryAfter;
            if (until > pausedUntil)
            {
                pausedUntil = until;
            }
        }
    }
}

/// <summary>Paces the connector's HttpClient through the <see cref="ConnectorPacer"/>; 429s back the bucket off.</summary>
public sealed class ConnectorPacingHandler(ConnectorPacer pacer) : DelegatingHandler
{
    private static readonly TimeProvider Time = TimeProvider.System;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await pacer.WaitAsync(cancellationToken);
        var response = await base.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode == 429)
        {
            var retryAfter = response.Headers.RetryAfter switch
            {
                { Delta: { } delta } => delta,
                { Date: { } date } => date - Time.GetUtcNow(),
                _ => TimeSpan.FromSeconds(1),
            };
            pacer.BackOff(retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromSeconds(1));
        }
        return response;
    }
}
