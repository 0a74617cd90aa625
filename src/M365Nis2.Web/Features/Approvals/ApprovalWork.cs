using System.Threading.Channels;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>
/// Rounds whose cards (and possibly decision) need attention; drained by <see cref="ApprovalsWorker"/>. Signals for the
/// same round coalesce, so a burst of 50 votes causes a handful of card update passes, not 50.
/// </summary>
public sealed class ApprovalWork
{
    private readonly Channel<string> channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public void RoundChanged(string roundId) => channel.Writer.TryWrite(roundId);

    public ChannelReader<string> Reader => channel.Reader;
}
