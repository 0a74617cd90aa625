namespace M365Nis2.Teams.Connector;

/// <summary>
/// One granted call in the <see cref="OutboundBudget"/>. Dispose it when the call's response (or failure) is back: the
/// slot then counts for one more second. Disposing twice releases once.
/// </summary>
public sealed class OutboundSlot : IDisposable
{
    private OutboundBudget? budget;

    internal OutboundSlot(OutboundBudget budget, TimeSpan waited)
    {
        this.budget = budget;
        Waited = waited;
    }

    /// <summary>How long the call waited for its slot.</summary>
    public TimeSpan Waited { get; }

    public void Dispose() => Interlocked.Exchange(ref budget, null)?.Release();
}
