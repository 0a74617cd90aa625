using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Storage;
using M365Nis2.Web.Platform;
using M365Nis2.Teams;
using M365Nis2.Teams.Connector;
using M365Nis2.Teams.Routing;
using M365Nis2.Teams.Cards;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>
/// Sends awareness prompts and reminders. One runner at a time (lease jobs/awareness-fanout); paced by the
/// connector's one outbound budget at Bulk priority, so a user's clicks and replies go first. At-most-once per recipient: the row goes Pending →
/// Sending (ETag) before the connector call and Sending → Prompted after, so a row is never sent from twice; a runner
/// that takes over turns rows left in Sending into Unknown (shown to the CISO) instead of risking a second prompt.
/// On shutdown no new send starts and the ones in flight finish, so a restart leaves nothing ambiguous.
/// </summary>
public sealed class AwarenessFanoutJob(
    JobLease leases,
    CampaignStore store,
    IServiceScopeFactory scopes,
    ModuleLibrary modules,
    ProactiveMessenger messenger,
    FanoutWakeUp wakeUp,
    IOptions<AwarenessOptions> options,
    TimeProvider time,
    ILogger<AwarenessFanoutJob> logger) : BackgroundService
{
    public const string LeaseName = "awareness-fanout";
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(90);
    private DateTimeOffset lastReminderCheck = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.FanoutEnabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var lease = await leases.TryAcquireAsync(LeaseName, stoppingToken);
                if (lease is not null)
                {
                    using var work = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lease.Lost);
                    await RunWhileLeasedAsync(work.Token);
                }
            }
            catch (OperationCanceledException)
            {
                if (stoppingToken.IsCancellationRequested)
                {
                    return;
                }
                // lease lost: try to take it again after the poll interval
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Awareness fan-out failed; retrying after the poll interval");
            }
            await DelayAsync(options.Value.PollInterval, stoppingToken);
        }
    }

    private async Task RunWhileLeasedAsync(CancellationToken work)
    {
        await MarkAmbiguousSendsAsync(work);
        while (!work.IsCancellationRequested)
        {
            await SendPendingAsync(work);
            if (time.GetUtcNow() - lastReminderCheck >= options.Value.ReminderCheckInterval)
            {
                lastReminderCheck = time.GetUtcNow();
                await SendRemindersAsync(work);
            }
            await wakeUp.WaitAsync(options.Value.PollInterval, time, work);
        }
    }

    /// <summary>Rows left in Sending by a runner that died: the prompt may have arrived; do not send again.</summary>
    private async Task MarkAmbiguousSendsAsync(CancellationToken ct)
    {
        foreach (var campaign in await store.ListCampaignsAsync(ct))
        {
            foreach (var row in await store.RecipientsOfAsync(campaign.RowKey, RecipientStates.Sending, ct))
            {
                row.State = RecipientStates.Unknown;
                if (await store.TryReplaceAsync(row, ct))
                {
                    logger.LogWarning("Awareness {Campaign}: send to {User} was interrupted; marked Unknown (not resent)", row.CampaignId, row.ObjectId);
                }
            }
        }
    }

    private async Task SendPendingAsync(CancellationToken work)
    {
        foreach (var campaign in await store.ListCampaignsAsync(work))
        {
            var now = time.GetUtcNow();
            var due = (await store.RecipientsOfAsync(campaign.RowKey, RecipientStates.Pending, work))
                .Where(r => r.NextAttemptAt is null || r.NextAttemptAt <= now).ToList();
            if (due.Count == 0)
            {
                continue;
            }
            logger.LogInformation("Awareness {Campaign}: {Count} recipients to prompt", campaign.RowKey, due.Count);
            await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelSends },
                async (row, _) => await PromptOnceAsync(row, work));
            work.ThrowIfCancellationRequested();
        }
    }

    private async Task PromptOnceAsync(RecipientRow row, CancellationToken work)
    {
        if (work.IsCancellationRequested)
        {
            return; // shutting down or lease lost: start nothing new
        }
        row.State = RecipientStates.Sending;
        row.SendingSince = time.GetUtcNow();
        if (!await store.TryReplaceAsync(row, CancellationToken.None))
        {
            return; // changed meanwhile (e.g. another runner): not ours to send
        }
        // From here the send and its bookkeeping run to the end even during shutdown, so no row is left ambiguous.
        using var timeout = new CancellationTokenSource(SendTimeout);
        var result = await SendAsync(row, reminder: false, timeout.Token);
        var now = time.GetUtcNow();
        switch (result)
        {
            case null:
                row.State = RecipientStates.Unknown; // timed out or the connection broke mid-send: it may have arrived
                break;
            case ProactiveResult.Sent sent:
                row.State = RecipientStates.Prompted;
                row.PromptedAt = now;
                row.Attempts++;
                row.ConversationId = sent.ConversationId;
                row.ActivityId = sent.ActivityId;
                row.SetFailure(null); // reached: an earlier "being installed" or failure no longer says anything
                break;
            case ProactiveResult.OptedOut:
                row.State = RecipientStates.OptedOut;
                break;
            case ProactiveResult.NoConversation { RetryAfter: { } wait } installing:
                // The app is being installed for them: not a failed attempt; look again when the installation event is due.
                row.State = RecipientStates.Pending;
                row.SetFailure(installing.Coded());
                row.NextAttemptAt = now + wait;
                break;
            case ProactiveResult.NoConversation failed:
                var next = row.ToDomain(options.Value.MaxAttempts).SendFailed(failed.Reason, now).Recipient;
                row.Attempts = next.Attempts;
                row.SetFailure(failed.Coded());
                row.State = next.State.ToString();
                row.NextAttemptAt = now + options.Value.RetryDelay;
                break;
        }
        row.SendingSince = null;
        if (!await store.TryReplaceAsync(row, timeout.Token))
        {
            // Only a submit from the card itself can race us here (it proves delivery and completes the row).
            logger.LogInformation("Awareness {Campaign}: {User} moved on before the send was recorded", row.CampaignId, row.ObjectId);
        }
    }

    /// <summary>The outcome, or null when it is unknown whether the message arrived (timeout, broken connection).</summary>
    private async Task<ProactiveResult?> SendAsync(RecipientRow row, bool reminder, CancellationToken ct)
    {
        try
        {
            if (await modules.FindAsync(row.ModuleId, row.ModuleVersion, row.Language, ct) is not { } module)
            {
                return ReachTexts.ModuleMissing.With(row.ModuleId, row.ModuleVersion).NotReached();
            }
            await using var scope = scopes.CreateAsyncScope();
            var cards = scope.ServiceProvider.GetRequiredService<AwarenessCards>();
            using var culture = BotCulture.Use(CampaignService.CultureOf(module.Language));
            var activity = cards.Prompt(row.CampaignId, module, reminder).ToActivity();
            using var bulk = OutboundPriority.Use(SendPriority.Bulk);
            activity.Locale = module.Language == "da" ? "da-DK" : "en-US";
            return await messenger.SendToUserAsync(row.ObjectId, activity, ct);
        }
        catch (ConnectorException ex)
        {
            logger.LogWarning(ex, "Awareness {Campaign}: sending to {User} failed", row.CampaignId, row.ObjectId);
            return ReachTexts.SendFailed.With(ex.Message).NotReached();
        }
        catch (Azure.RequestFailedException ex)
        {
            // The module could not be read (nothing was sent): a failed attempt, retried like any other.
            logger.LogWarning(ex, "Awareness {Campaign}: module {Module} v{Version} could not be read", row.CampaignId, row.ModuleId, row.ModuleVersion);
            return ReachTexts.ModuleUnreadable.With(ex.Message).NotReached();
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            logger.LogWarning(ex, "Awareness {Campaign}: sending to {User} broke off; outcome unknown", row.CampaignId, row.ObjectId);
            return null;
        }
    }

    /// <summary>Reminders: recorded (ETag) before the send, so a crash loses at most one reminder and never doubles it.</summary>
    private async Task SendRemindersAsync(CancellationToken work)
    {
        var o = options.Value;
        foreach (var campaign in await store.ListCampaignsAsync(work))
        {
            var now = time.GetUtcNow();
            foreach (var row in await store.RecipientsOfAsync(campaign.RowKey, RecipientStates.Prompted, work))
            {
                if (work.IsCancellationRequested || !row.ToDomain(o.MaxAttempts).IsDueForReminder(now, o.ReminderIntervalDays, o.MaxReminders))
                {
                    continue;
                }
                row.RemindersSent++;
                row.LastReminderAt = now;
                if (await store.TryReplaceAsync(row, work))
                {
                    using var timeout = new CancellationTokenSource(SendTimeout);
                    await SendAsync(row, reminder: true, timeout.Token);
                }
            }
        }
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken ct)
    {
        try
        {
            await Task.Delay(delay, time, ct);
        }
        catch (OperationCanceledException)
        {
        }
    }
}
