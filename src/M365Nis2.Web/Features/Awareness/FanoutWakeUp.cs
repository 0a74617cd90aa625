namespace M365Nis2.Web.Features.Awareness;

/// <summary>
/// Lets a launch or a "send again" on this instance start the fan-out now instead of at the next poll (default 15 s).
/// Only a hint: the job still polls storage, so a launch on another instance, or a wake-up while this instance does not
/// hold the fan-out lease, is picked up by whoever holds it at its next poll.
/// </summary>
public sealed class FanoutWakeUp
{
    private TaskCompletionSource woken = New();

    /// <summary>Call after the rows to send are stored: the pass that follows reads storage after this.</summary>
    public void Wake() => Volatile.Read(ref woken).TrySetResult();

    /// <summary>Waits for <paramref name="delay"/> or a wake-up, whichever is first (at once if one came since the last wait); never throws.</summary>
    public async Task WaitAsync(TimeSpan delay, TimeProvider time, CancellationToken ct)
    {
        var current = Volatile.Read(ref woken);
        if (!current.Task.IsCompleted)
        {
            await Task.WhenAny(current.Task, Task.Delay(delay, time, ct));
        }
        if (current.Task.IsCompleted)
        {
            // A wake-up that lands between here and the swap finds this source already set; that is fine, because the
            // pass that follows reads storage after it.
            Interlocked.CompareExchange(ref woken, New(), current);
        }
    }

    private static TaskCompletionSource New() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
