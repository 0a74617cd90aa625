using M365Nis2.Domain.Tasks;
using M365Nis2.Domain.Texts;
using M365Nis2.Teams;
using M365Nis2.Web.Infrastructure.Storage;
using M365Nis2.Web.Platform;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>
/// One runner across instances (lease jobs/tasks) that, every Tasks:PollInterval, opens due annual-wheel tasks, sends
/// owners their new task cards and sends due reminders. Each send is claimed in storage first (card: Pending → Sending by
/// ETag; reminder: markers written before the send), so a crash or a second runner can lose at most one message and
/// never doubles it; a card left in Sending by a crashed runner is marked Unknown, not resent.
/// </summary>
public sealed class TaskJob(
    JobLease leases,
    TaskStore store,
    TaskNotifier notifier,
    WheelScheduler wheel,
    IOptions<TasksOptions> options,
    TimeProvider time,
    ILogger<TaskJob> logger) : BackgroundService
{
    public const string LeaseName = "tasks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.JobEnabled)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        try
        {
            do
            {
                try
                {
                    await using var lease = await leases.TryAcquireAsync(LeaseName, stoppingToken);
                    if (lease is not null)
                    {
                        using var work = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lease.Lost);
                        await RunOnceAsync(work.Token);
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Task job pass failed; retrying next tick");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass (public for tests that drive the job without waiting for the timer).</summary>
    public async Task RunOnceAsync(CancellationToken ct)
    {
        await wheel.OpenDueAsync(ct);
        await SendCardsAsync(ct);
        await SendRemindersAsync(ct);
    }

    private async Task SendCardsAsync(CancellationToken ct)
    {
        // Passes of one runner are sequential, so a card still Sending now was left by a runner that died mid-send.
        foreach (var stale in await store.CardsInStateAsync(TaskCardStates.Sending, ct))
        {
            stale.CardState = TaskCardStates.Unknown;
            await store.TryReplaceAsync(stale, ct);
        }
        var now = time.GetUtcNow();
        foreach (var row in await store.CardsInStateAsync(TaskCardStates.Pending, ct))
        {
            if (ct.IsCancellationRequested || row.CardNextAttemptAt > now)
            {
                continue;
            }
            row.CardState = TaskCardStates.Sending;
            if (!await store.TryReplaceAsync(row, ct))
            {
                continue; // changed meanwhile: look again next pass
            }
            ProactiveResult? result;
            CodedText? why = null;
            try
            {
                result = await notifier.SendOwnerCardAsync(row, CancellationToken.None);
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or M365Nis2.Teams.Connector.ConnectorException)
            {
                logger.LogWarning(e, "Task {TaskId}: the card send broke off; marked Unknown", row.RowKey);
                result = null;
                why = e is M365Nis2.Teams.Connector.ConnectorException ? ReachTexts.SendFailed.With(e.Message) : null;
            }
            // The task page tells the CISO why the owner has no card yet (cleared once it arrived).
            row.SetFailure(result is ProactiveResult.NoConversation n ? n.Coded() : result is ProactiveResult.OptedOut ? ReachTexts.OptedOut.With() : why);
            // While the app is being installed for the owner the card waits for the installation event: not a failed attempt.
            if (result is not ProactiveResult.NoConversation { IsWaitingForInstall: true })
            {
                row.CardAttempts++;
            }
            row.CardOwnerId = row.OwnerId;
            (row.CardState, row.CardConversationId, row.CardActivityId, row.CardNextAttemptAt) = result switch
            {
                ProactiveResult.Sent s => (TaskCardStates.Sent, s.ConversationId, s.ActivityId, (DateTimeOffset?)null),
                null => (TaskCardStates.Unknown, null, null, null),
                ProactiveResult.NoConversation { RetryAfter: { } wait } => (TaskCardStates.Pending, null, null, (DateTimeOffset?)(now + wait)),
                _ when row.CardAttempts >= options.Value.MaxCardAttempts => (TaskCardStates.Failed, null, null, null),
                _ => (TaskCardStates.Pending, null, null, now + options.Value.RetryDelay),
            };
            // Another writer (the owner completing from the tab) may have won meanwhile: re-apply the card fields on top.
            await store.UpdateAsync(row.RowKey, current =>
            {
                (current.CardState, current.CardConversationId, current.CardActivityId, current.CardNextAttemptAt, current.CardAttempts, current.CardOwnerId) =
                    (row.CardState, row.CardConversationId, row.CardActivityId, row.CardNextAttemptAt, row.CardAttempts, row.CardOwnerId);
                (current.CardFailureReason, current.CardFailureCode, current.CardFailureArgs) = (row.CardFailureReason, row.CardFailureCode, row.CardFailureArgs);
                return true;
            }, CancellationToken.None);
        }
    }

    private async Task SendRemindersAsync(CancellationToken ct)
    {
        var today = notifier.Today;
        foreach (var row in await store.ListAsync(null, ct))
        {
            if (ct.IsCancellationRequested || row.Lifecycle != nameof(TaskLifecycle.Open))
            {
                continue;
            }
            var sent = row.RemindersSent.Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            if (TaskReminders.Due(row.ToDomain(), sent, today) is not { } reminder)
            {
                continue;
            }
            row.RemindersSent = TaskRow.Join(sent.Union(reminder.Covers));
            if (await store.TryReplaceAsync(row, ct))
            {
                await notifier.RemindAsync(row, reminder, CancellationToken.None);
            }
        }
    }
}
