using M365Nis2.Teams.Connector;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace M365Nis2.Web.Tests.Bot;

/// <summary>The one outbound budget: Teams' per-tenant and per-conversation windows, priorities, 429 pauses (fake clock).</summary>
public class OutboundBudgetTests
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.Parse("2026-11-30T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    private OutboundBudget Budget(int perSecond = 5) => new(Options.Create(new OutboundOptions { TenantRequestsPerSecond = perSecond }), clock);

    [Fact]
    public async Task The_tenant_window_admits_the_limit_per_sliding_second_and_then_waits()
    {
        using var budget = Budget(5);
        for (var i = 0; i < 5; i++)
        {
            using var slot = await budget.AcquireAsync($"c{i}", SendPriority.Bulk, CancellationToken.None);
            Assert.Equal(TimeSpan.Zero, slot.Waited); // answered at once: counted for one second from now
        }

        var sixth = budget.AcquireAsync("c5", SendPriority.Bulk, CancellationToken.None).AsTask();
        await Task.Delay(50);
        Assert.False(sixth.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(50);
        Assert.False(sixth.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(2));
        // The wait is measured on the (fake) clock; timestamp-to-TimeSpan conversion may round by a tick.
        Assert.InRange((await sixth.WaitAsync(TimeSpan.FromSeconds(5))).Waited, TimeSpan.FromSeconds(1.0009), TimeSpan.FromSeconds(1.0011));
    }

    [Fact]
    public async Task Waiting_interactive_sends_go_before_waiting_bulk_sends()
    {
        // One call per second, so each second grants exactly one waiter and the order is observable.
        using var budget = Budget(1);
        (await budget.AcquireAsync("a", SendPriority.Bulk, CancellationToken.None)).Dispose();
        var order = new List<string>();
        var bulk = Enumerable.Range(0, 3).Select(i => Track(budget.AcquireAsync($"bulk{i}", SendPriority.Bulk, CancellationToken.None), order, $"bulk{i}")).ToList();
        await Task.Delay(20);
        var click = Track(budget.AcquireAsync("click", SendPriority.Interactive, CancellationToken.None), order, "click");
        await Task.Delay(20);

        for (var granted = 1; granted <= 4; granted++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await WaitForCount(order, granted);
        }
        await Task.WhenAll(bulk.Append(click)).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(["click", "bulk0", "bulk1", "bulk2"], order);
    }

    [Fact]
    public async Task One_conversation_gets_seven_per_second_while_others_are_not_held_up()
    {
        using var budget = Budget(50);
        for (var i = 0; i < 7; i++)
            (await budget.AcquireAsync("busy", SendPriority.Normal, CancellationToken.None)).Dispose();

        var eighth = budget.AcquireAsync("busy", SendPriority.Normal, CancellationToken.None).AsTask();
        var other = budget.AcquireAsync("quiet", SendPriority.Bulk, CancellationToken.None).AsTask();

        Assert.Equal(TimeSpan.Zero, (await other.WaitAsync(TimeSpan.FromSeconds(5))).Waited);
        await Task.Delay(50);
        Assert.False(eighth.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(1.05));
        await eighth.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_429_pauses_the_tenant_for_its_retry_after()
    {
        using var budget = Budget(50);
        budget.Throttled(TimeSpan.FromSeconds(2));

        var next = budget.AcquireAsync("c", SendPriority.Interactive, CancellationToken.None).AsTask();
        clock.Advance(TimeSpan.FromSeconds(1.5));
        await Task.Delay(50);
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.6));
        await next.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_the_queue()
    {
        using var budget = Budget(1);
        using var held = await budget.AcquireAsync("a", SendPriority.Bulk, CancellationToken.None);
        using var cts = new CancellationTokenSource();
        var waiting = budget.AcquireAsync("b", SendPriority.Bulk, cts.Token).AsTask();
        Assert.Equal(1, budget.Waiting(SendPriority.Bulk));

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(0, budget.Waiting(SendPriority.Bulk));
    }

    [Fact]
    public async Task A_slot_counts_until_one_second_after_its_call_answered_however_long_the_call_took()
    {
        using var budget = Budget(2);
        var slow = await budget.AcquireAsync("a", SendPriority.Bulk, CancellationToken.None);
        using var other = await budget.AcquireAsync("b", SendPriority.Bulk, CancellationToken.None);
        var third = budget.AcquireAsync("c", SendPriority.Bulk, CancellationToken.None).AsTask();

        clock.Advance(TimeSpan.FromSeconds(5)); // both calls still waiting for their answer: Teams may count them any moment
        await Task.Delay(100);
        Assert.False(third.IsCompleted);
        slow.Dispose();
        clock.Advance(TimeSpan.FromMilliseconds(999));
        await Task.Delay(100);
        Assert.False(third.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(2));
        using var granted = await third.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.InRange(granted.Waited, TimeSpan.FromSeconds(6), TimeSpan.FromSeconds(6.01));
    }

    [Fact]
    public async Task Disposing_a_slot_twice_frees_one_slot_only()
    {
        using var budget = Budget(2);
        var first = await budget.AcquireAsync("a", SendPriority.Bulk, CancellationToken.None);
        first.Dispose();
        first.Dispose();
        clock.Advance(TimeSpan.FromSeconds(1.5));
        using var second = await budget.AcquireAsync("b", SendPriority.Bulk, CancellationToken.None);
        using var third = await budget.AcquireAsync("c", SendPriority.Bulk, CancellationToken.None);

        var fourth = budget.AcquireAsync("d", SendPriority.Bulk, CancellationToken.None).AsTask();
        await Task.Delay(100);
        Assert.False(fourth.IsCompleted); // two in flight, limit two: a double release would have let a third through
    }

    private static async Task WaitForCount(List<string> order, int count)
    {
        for (var i = 0; i < 250; i++)
        {
            lock (order)
            {
                if (order.Count >= count)
                    return;
            }
            await Task.Delay(20);
        }
        throw new TimeoutException($"only {order.Count} of {count} sends were granted");
    }

    private static async Task Track(ValueTask<OutboundSlot> wait, List<string> order, string name)
    {
        (await wait).Dispose();
        lock (order)
        {
            order.Add(name);
        }
    }
}
