using Microsoft.Extensions.Options;

namespace M365Nis2.Teams.Connector;

/// <summary>Who is waiting for a send: a user in a turn first, then notices and reminders, then campaigns.</summary>
public enum SendPriority
{
    /// <summary>Replies and card updates caused by a user's action in a turn.</summary>
    Interactive = 0,

    /// <summary>Single notices, reminders, updates outside a turn (the default).</summary>
    Normal = 1,

    /// <summary>Fan-outs: awareness campaigns, training prompts.</summary>
    Bulk = 2,
}

/// <summary>
/// The one outbound budget every Bot Connector call of this process goes through (replies, card updates, reminders,
/// fan-outs, conversation creation): Teams' limit per app per tenant (<see cref="OutboundOptions.TenantRequestsPerSecond"/>
/// per second) and per conversation (7 per 1 s, 8 per 2 s, 60 per 30 s, 1800 per hour). A tenant slot is held from the
/// grant until one second after the call's response (<see cref="OutboundSlot.Dispose"/>): Teams counts a call when it
/// arrives, somewhere between the two, so however late calls arrive, no Teams second sees more than the limit
/// (counting from the grant alone let calls granted in two budget seconds land in one Teams second and draw 429s).
/// Waiting sends are granted strictly by <see cref="SendPriority"/>, oldest first within a priority; a send held back
/// only by its own conversation's limit does not hold up sends to other conversations. A 429 pauses
/// the tenant for its Retry-After. The windows run on the wall clock: Teams counts real seconds, whatever clock the
/// app's rules run on. The bot is single-tenant, so one process has one tenant budget; with several instances, each
/// gets <c>TenantRequestsPerSecond</c> (see docs/operations.md).
/// </summary>
public sealed partial class OutboundBudget : IDisposable
{
    internal static readonly (int Max, TimeSpan Window)[] ConversationLimits =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))];

    private static readonly TimeSpan TenantWindow = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan ConversationRetry = TimeSpan.FromMilliseconds(50);

    private readonly Lock gate = new();
    private readonly TimeProvider time;
    private readonly IOptions<OutboundOptions> options;
    private readonly Queue<long> releasedUntil = new(); // slots whose call has answered: held until this time
    private int inFlight; // slots whose call has not answered yet
    private readonly LinkedList<Waiter>[] queues = [new(), new(), new()];
    private readonly Dictionary<string, Queue<long>> conversations = new(StringComparer.Ordinal);
    private readonly Queue<(long At, string Conversation)> conversationOrder = new();
    private readonly CancellationTokenSource disposed = new();
    private long pausedUntil;
    private bool pumping;

    public OutboundBudget(IOptions<OutboundOptions> options)
        : this(options, TimeProvider.System)
    {
    }

    /// <summary>For tests: the windows on a fake clock.</summary>
    internal OutboundBudget(IOptions<OutboundOptions> options, TimeProvider time)
    {
        this.options = options;
        this.time = time;
    }

    private int TenantLimit => options.Value.TenantRequestsPerSecond;

    /// <summary>
    /// Waits until a call to <paramref name="conversationId"/> (null: no conversation, e.g. creating one) may go. Dispose
    /// the slot when the call's response (or failure) has come back; until then it counts against the tenant.
    /// </summary>
    public async ValueTask<OutboundSlot> AcquireAsync(string? conversationId, SendPriority priority, CancellationToken ct)
    {
        var started = time.GetTimestamp();
        Waiter waiter;
        lock (gate)
        {
            var now = time.GetTimestamp();
            // Grant the waiters that fit first, in priority order. Whoever still waits at or above this priority is
            // either held by the tenant window (then this call is too) or only by its own conversation's window,
            // which must not hold up a call to another conversation.
            GrantWhatFits(now);
            if (TryAdmit(conversationId, now, out _))
                return new OutboundSlot(this, TimeSpan.Zero);
            waiter = new Waiter(conversationId);
            waiter.Node = queues[(int)priority].AddLast(waiter);
            if (!pumping)
            {
                pumping = true;
                _ = PumpAsync();
            }
        }
        using (ct.Register(() => Cancel(waiter, ct)))
        {
            await waiter.Granted.Task.ConfigureAwait(false);
        }
        return new OutboundSlot(this, time.GetElapsedTime(started));
    }

    /// <summary>A slot's call has answered: the slot stays counted for one more second, then frees.</summary>
    internal void Release()
    {
        lock (gate)
        {
            inFlight--;
            releasedUntil.Enqueue(time.GetTimestamp() + time.TimestampFrequency * TenantWindow.Ticks / TimeSpan.TicksPerSecond);
        }
    }

    /// <summary>Teams answered 429: nothing more goes to this tenant until the Retry-After has passed.</summary>
    public void Throttled(TimeSpan retryAfter)
    {
        lock (gate)
        {
            var until = time.GetTimestamp() + (long)(Math.Max(retryAfter.TotalSeconds, 0.05) * time.TimestampFrequency);
            pausedUntil = Math.Max(pausedUntil, until);
        }
    }

    /// <summary>Sends waiting for the budget now, by priority (for metrics and tests).</summary>
    public int Waiting(SendPriority priority)
    {
        lock (gate)
        {
            return queues[(int)priority].Count;
        }
    }

    public void Dispose()
    {
        disposed.Cancel();
        disposed.Dispose();
    }

    private void Cancel(Waiter waiter, CancellationToken ct)
    {
        lock (gate)
        {
            if (waiter.Node?.List is { } list)
                list.Remove(waiter.Node);
        }
        waiter.Granted.TrySetCanceled(ct);
    }

    private sealed class Waiter(string? conversationId)
    {
        public string? ConversationId { get; } = conversationId;

        public TaskCompletionSource Granted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public LinkedListNode<Waiter>? Node { get; set; }
    }
}
