using M365Nis2.Web.Features.Evidence;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace M365Nis2.Web.Tests.Evidence;

/// <summary>The pacer on a fake clock: Graph's sliding window (5 per 10 s), counted from each response.</summary>
public class ReportsPacerTests
{
    [Fact]
    public async Task Sixth_request_waits_until_ten_seconds_after_the_first_response_and_not_longer()
    {
        var clock = new FakeTimeProvider();
        using var pacer = new ReportsPacer(clock, Options.Create(new EvidenceOptions()));
        for (var i = 0; i < 5; i++)
        {
            await pacer.RunAsync(() => Task.FromResult(i), CancellationToken.None);
        }

        var sixth = pacer.RunAsync(() => Task.FromResult(6), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(9.9));
        await Task.Yield();
        Assert.False(sixth.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.1));

        Assert.Equal(6, await sixth.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_slow_response_holds_its_slot_until_ten_seconds_after_it_arrived()
    {
        var clock = new FakeTimeProvider();
        using var pacer = new ReportsPacer(clock, Options.Create(new EvidenceOptions { ReportsRequestLimit = 1 }));
        await pacer.RunAsync(() =>
        {
            clock.Advance(TimeSpan.FromSeconds(3)); // the response takes 3 s to arrive
            return Task.FromResult(1);
        }, CancellationToken.None);

        var second = pacer.RunAsync(() => Task.FromResult(2), CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(9.5)); // 12.5 s after the request was sent, 9.5 s after its response
        await Task.Yield();
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.5));

        Assert.Equal(2, await second.WaitAsync(TimeSpan.FromSeconds(5)));
    }
}
