using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>
/// Background side of approvals: (1) after votes, replace every approver's card and finish decided rounds; (2) every
/// Approvals:CheckInterval, expire rounds past their deadline, send due reminders and finish rounds left unfinished.
/// </summary>
public sealed class ApprovalsWorker(
    ApprovalWork work,
    ApprovalRoundStore rounds,
    CardFanOut fanOut,
    DecisionRecorder recorder,
    DeadlineSweep sweep,
    IOptions<ApprovalsOptions> options,
    TimeProvider time,
    ILogger<ApprovalsWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(DrainAsync(stoppingToken), SweepAsync(stoppingToken));

    private async Task DrainAsync(CancellationToken ct)
    {
        try
        {
            while (await work.Reader.WaitToReadAsync(ct))
            {
                var ids = new HashSet<string>(StringComparer.Ordinal);
                while (work.Reader.TryRead(out var id))
                {
                    ids.Add(id);
                }
                foreach (var id in ids)
                {
                    await HandleAsync(id, ct);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private async Task HandleAsync(string roundId, CancellationToken ct)
    {
        try
        {
            var round = await rounds.FindAsync(roundId, ct);
            if (round is null)
            {
                return;
            }
            if (round.Round.IsClosed)
            {
                // The final card update belongs to whoever finishes the round (claimed in storage), so it happens once
                // even when several instances saw the round close.
                if (!await recorder.FinishAsync(roundId, ct))
                {
                    return;
                }
                round = await rounds.FindAsync(roundId, ct) ?? round;
            }
            await fanOut.UpdateAllAsync(round, await rounds.DeliveriesAsync(roundId, ct), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The sweep retries unfinished decisions; a card left stale is refreshed by the user's next open (refresh).
            logger.LogError(ex, "Approval round {RoundId}: card update or decision failed", roundId);
        }
    }

    private async Task SweepAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        try
        {
            do
            {
                try
                {
                    foreach (var changed in await sweep.RunOnceAsync(ct))
                    {
                        work.RoundChanged(changed);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Approval deadline/reminder sweep failed; next try in {Interval}", options.Value.CheckInterval);
                }
            }
            while (await timer.WaitForNextTickAsync(ct));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }
}
