using M365Nis2.Domain.Incidents;
using M365Nis2.Web.Features.Bot;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>
/// One pass of the deadline reminders: for each open significant incident, the domain's due reminders go to the CISO
/// and the incident team, to each through <see cref="INotices"/>: to someone the app is still being installed for, the
/// card is kept and sent once after the installation, whoever else was reached now. Markers are claimed with the row's
/// ETag BEFORE sending, so two instances (or two passes) never send the same reminder; a reminder that nobody got now and
/// nobody's installation will bring (every recipient not reached) is released and tried again on the next pass.
/// </summary>
public sealed class IncidentReminderRunner(IncidentStore store, IncidentNotifier notifier, IncidentCards cards, TimeProvider time,
    ILogger<IncidentReminderRunner> logger)
{
    /// <summary>Sends what is due now; returns how many reminders reached at least one recipient or are kept for one.</summary>
    public async Task<int> RunOnceAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var open = (await store.ListAsync(ct)).Where(i => i.Status == IncidentStatus.Significant).ToList();
        if (open.Count == 0)
            return 0;
        var recipients = await notifier.ReminderRecipientsAsync(ct);
        if (recipients.Count == 0)
        {
            logger.LogWarning("Incident reminders are due but no CISO or incident team is configured (Roles:CisoUserIds, Incidents:TeamUserIds)");
            return 0;
        }
        var delivered = 0;
        foreach (var incident in open)
        {
            delivered += await RemindAsync(incident, recipients, now, ct);
        }
        return delivered;
    }

    private async Task<int> RemindAsync(Incident incident, IReadOnlyList<string> recipients, DateTimeOffset now, CancellationToken ct)
    {
        var timeline = IncidentTimeline.Build(incident.Reporting, now);
        var (sent, etag) = await store.GetMarkersAsync(incident.Id, ct);
        var due = IncidentReminders.DueReminders(timeline, sent, now);
        if (due.Count == 0 || !await store.TrySaveMarkersAsync(incident.Id, sent.Concat(due.SelectMany(r => r.Covers)), etag, ct))
            return 0; // nothing due, or another pass claimed these first
        var delivered = 0;
        var undelivered = new List<IncidentReminder>();
        foreach (var reminder in due)
        {
            var reached = false;
            foreach (var recipient in recipients)
            {
                var outcome = await notifier.ShowAsync(recipient, () => cards.Reminder(incident, reminder, now), ct);
                logger.LogInformation("Incident {IncidentId}: reminder {Marker} to {RecipientId}: {Outcome}", incident.Id, reminder.Marker, recipient, outcome);
                reached |= outcome != NoticeOutcome.NotReached;
            }
            if (reached)
                delivered++;
            else
                undelivered.Add(reminder);
        }
        // Nobody got these and no installation will bring them (e.g. the connector is down): un-claimed, so the next pass
        // tries every recipient again rather than giving up a legal deadline's reminder.
        if (undelivered.Count > 0)
            await ReleaseAsync(incident.Id, undelivered.SelectMany(r => r.Covers).ToHashSet(StringComparer.Ordinal), ct);
        logger.LogInformation("Incident {IncidentId}: {Delivered} reminder(s) sent or kept, {Undelivered} reached nobody", incident.Id, delivered, undelivered.Count);
        return delivered;
    }

    private async Task ReleaseAsync(string incidentId, HashSet<string> markers, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (sent, etag) = await store.GetMarkersAsync(incidentId, ct);
            if (await store.TrySaveMarkersAsync(incidentId, sent.Where(m => !markers.Contains(m)), etag, ct))
                return;
        }
    }
}
