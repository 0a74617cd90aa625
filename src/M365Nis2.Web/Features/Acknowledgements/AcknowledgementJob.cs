using M365Nis2.Domain.Texts;
using M365Nis2.Teams;
using M365Nis2.Teams.Cards;
using M365Nis2.Teams.Connector;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Infrastructure.Storage;
using M365Nis2.Web.Platform;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Acknowledgements;

/// <summary>
/// Opens requested campaigns, sends the "read and accept" cards, the reminders and the signed snapshots. One runner
/// at a time (lease jobs/acknowledgements); paced by the connector's one outbound budget at Bulk priority, so people's
/// clicks go first. Each card is claimed before it is sent (Pending → Sending by ETag) and recorded after (→ Asked), so
/// several hosts send each card once; a runner that takes over turns rows left in Sending into Unknown instead of
/// risking a second card. On shutdown no new send starts and the ones in flight finish, so a restart loses nothing.
/// </summary>
public sealed class AcknowledgementJob(
    JobLease leases,
    AcknowledgementStore store,
    AcknowledgementService service,
    AcknowledgementSnapshots snapshots,
    AcknowledgementCards cards,
    ProactiveMessenger messenger,
    IOptions<AcknowledgementsOptions> options,
    TimeProvider time,
    ILogger<AcknowledgementJob> logger) : BackgroundService
{
    public const string LeaseName = "acknowledgements";
    private static readonly TimeSpan SendTimeout = TimeSpan.FromSeconds(90);
    private DateTimeOffset lastReminderCheck = DateTimeOffset.MinValue;

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
                        await MarkAmbiguousSendsAsync(work.Token);
                        while (!work.IsCancellationRequested)
                        {
                            await RunOnceAsync(work.Token);
                            await timer.WaitForNextTickAsync(work.Token);
                        }
                    }
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
                {
                    // lease lost: try to take it again on the next tick
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Acknowledgement job pass failed; retrying next tick");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>One pass (public for tests that drive the job on a fake clock without waiting for the timer).</summary>
    public async Task RunOnceAsync(CancellationToken work)
    {
        foreach (var campaign in await store.ListCampaignsAsync(work))
        {
            if (campaign.State == AckCampaignRow.Resolving && !await service.ResolveAsync(campaign, work))
            {
                continue;
            }
            await SendPendingAsync(campaign, work);
            await snapshots.SignIfDueAsync(campaign, work);
        }
        if (time.GetUtcNow() - lastReminderCheck >= options.Value.ReminderCheckInterval)
        {
            lastReminderCheck = time.GetUtcNow();
            await SendRemindersAsync(work);
        }
    }

    /// <summary>Rows left in Sending by a runner that died: the card may have arrived; do not send again.</summary>
    private async Task MarkAmbiguousSendsAsync(CancellationToken ct)
    {
        foreach (var campaign in await store.ListCampaignsAsync(ct))
        {
            foreach (var row in await store.RecipientsOfAsync(campaign.RowKey, AckStates.Sending, ct))
            {
                row.State = AckStates.Unknown;
                if (await store.TryReplaceAsync(row, ct))
                {
                    logger.LogWarning("Acknowledgement {Campaign}: the card to {User} was interrupted; marked Unknown (not resent)", row.PartitionKey, row.ObjectId);
                }
            }
        }
    }

    private async Task SendPendingAsync(AckCampaignRow campaign, CancellationToken work)
    {
        var now = time.GetUtcNow();
        var due = (await store.RecipientsOfAsync(campaign.RowKey, AckStates.Pending, work)).Where(r => r.NextAttemptAt is null || r.NextAttemptAt <= now).ToList();
        if (due.Count == 0)
        {
            return;
        }
        logger.LogInformation("Acknowledgement {Campaign}: {Count} people to ask", campaign.RowKey, due.Count);
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxParallelSends },
            async (row, _) => await AskOnceAsync(campaign, row, work));
        work.ThrowIfCancellationRequested();
    }

    private async Task AskOnceAsync(AckCampaignRow campaign, AckRecipientRow row, CancellationToken work)
    {
        if (work.IsCancellationRequested)
        {
            return; // shutting down or lease lost: start nothing new
        }
        row.State = AckStates.Sending;
        row.SendingSince = time.GetUtcNow();
        if (!await store.TryReplaceAsync(row, CancellationToken.None))
        {
            return; // changed meanwhile (acknowledged in the tab, another runner): not ours to send
        }
        // From here the send and its bookkeeping run to the end even during shutdown, so no row is left ambiguous.
        using var timeout = new CancellationTokenSource(SendTimeout);
        var result = await SendAsync(campaign, row, reminder: false, timeout.Token);
        var domain = row.ToDomain(campaign.Sha256, options.Value.MaxAttempts);
        switch (result)
        {
            case null:
                row.State = AckStates.Unknown; // timed out or the connection broke mid-send: it may have arrived
                break;
            case ProactiveResult.Sent sent:
                row.Apply(domain.Asked(time.GetUtcNow()).Acknowledgement);
                row.ConversationId = sent.ConversationId;
                row.ActivityId = sent.ActivityId;
                row.SetFailure(null); // reached: an earlier "being installed" or failure no longer says anything
                break;
            case ProactiveResult.OptedOut:
                row.Apply(domain.SendFailed(ReachTexts.OptedOut.English).Acknowledgement);
                row.SetFailure(ReachTexts.OptedOut.With());
                row.State = AckStates.Failed;
                break;
            case ProactiveResult.NoConversation { RetryAfter: { } wait } installing:
                // The app is being installed for them: not a failed attempt; ask again when the installation event is due.
                row.State = AckStates.Pending;
                row.SetFailure(installing.Coded());
                row.NextAttemptAt = time.GetUtcNow() + wait;
                break;
            case ProactiveResult.NoConversation failed:
                row.Apply(domain.SendFailed(failed.Reason).Acknowledgement);
                row.SetFailure(failed.Coded());
                row.NextAttemptAt = time.GetUtcNow() + options.Value.RetryDelay;
                break;
        }
        row.SendingSince = null;
        if (!await store.TryReplaceAsync(row, timeout.Token))
        {
            // Only the person's own click can race us here (it proves delivery and records the acknowledgement).
            logger.LogInformation("Acknowledgement {Campaign}: {User} moved on before the send was recorded", row.PartitionKey, row.ObjectId);
        }
    }

    /// <summary>The outcome, or null when it is unknown whether the card arrived (timeout, broken connection).</summary>
    private async Task<ProactiveResult?> SendAsync(AckCampaignRow campaign, AckRecipientRow row, bool reminder, CancellationToken ct)
    {
        try
        {
            Activity activity;
            using (BotCulture.Use(row.Language == "da" ? BotCulture.Danish : BotCulture.English))
            {
                activity = cards.Ask(campaign, reminder).ToActivity();
            }
            activity.Locale = row.Language == "da" ? "da-DK" : "en-US";
            using var bulk = OutboundPriority.Use(SendPriority.Bulk);
            return await messenger.SendToUserAsync(row.ObjectId, activity, ct);
        }
        catch (ConnectorException ex)
        {
            logger.LogWarning(ex, "Acknowledgement {Campaign}: sending to {User} failed", row.PartitionKey, row.ObjectId);
            return ReachTexts.SendFailed.With(ex.Message).NotReached();
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            logger.LogWarning(ex, "Acknowledgement {Campaign}: sending to {User} broke off; outcome unknown", row.PartitionKey, row.ObjectId);
            return null;
        }
    }

    /// <summary>Reminders: recorded (ETag) before the send, so a crash loses at most one reminder and never doubles it.</summary>
    private async Task SendRemindersAsync(CancellationToken work)
    {
        var o = options.Value;
        foreach (var campaign in await store.ListCampaignsAsync(work))
        {
            foreach (var row in await store.RecipientsOfAsync(campaign.RowKey, AckStates.Asked, work))
            {
                var domain = row.ToDomain(campaign.Sha256, o.MaxAttempts);
                var now = time.GetUtcNow();
                if (work.IsCancellationRequested || !domain.IsDueForReminder(now, o.ReminderIntervalDays, o.MaxReminders))
                {
                    continue;
                }
                row.Apply(domain.Reminded(now).Acknowledgement);
                if (await store.TryReplaceAsync(row, work))
                {
                    using var timeout = new CancellationTokenSource(SendTimeout);
                    await SendAsync(campaign, row, reminder: true, timeout.Token);
                }
            }
        }
    }
}
