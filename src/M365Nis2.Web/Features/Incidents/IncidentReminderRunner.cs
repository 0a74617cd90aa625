using M365Nis2.Domain.Incidents;
using M365Nis2.Web.Features.Bot;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>
/// One pass of the deadline reminders: for each open significant incident, the domain's due reminders go to the CISO
/// and the incident team, to each through <see cref="INotices"/>: to someone the app is still being installed for, the
/// card is kept and sent once after the installation. Markers are kept per recipient and claimed with the row's ETag
/// BEFORE sending, so two instances (or two passes) never send the same reminder to the same person; a recipient the
/// reminder did not reach now, and whose installation will not bring it (e.g. the connector failed for them), has their
/// markers released and is tried again on the next pass, without sending it again to those it reached.
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
        var (stored, etag) = await store.GetMarkersAsync(incident.Id, ct);
        var due = recipients
            .Select(r => (Recipient: r, Reminders: IncidentReminders.DueReminders(timeline, IncidentReminders.SentTo(stored, r), now)))
            .Where(d => d.Reminders.Count > 0)
            .ToList();
        if (due.Count == 0 || !await store.TrySaveMarkersAsync(incident.Id, stored.Concat(due.SelectMany(SentMarkers)), etag, ct))
            return 0; // nothing due, or another pass claimed these first
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var notReached = new List<string>();
        foreach (var (recipient, reminders) in due)
        {
            foreach (var reminder in reminders)
            {
                var outcome = await notifier.ShowAsync(recipient, () => cards.Reminder(incident, reminder, now), ct);
                logger.LogInformation("Incident {IncidentId}: reminder {Marker} to {RecipientId}: {Outcome}", incident.Id, reminder.Marker, recipient, outcome);
                if (outcome == NoticeOutcome.NotReached)
                    notReached.AddRange(reminder.Covers.Select(m => IncidentReminders.SentMarker(m, recipient)));
                else
                    reached.Add(reminder.Marker);
            }
        }
        // Not reached and no installation will bring it (e.g. the connector is down for them): released for that
        // recipient only, so the next pass tries them again rather than giving up a legal deadline's reminder.
        if (notReached.Count > 0)
            await ReleaseAsync(incident.Id, notReached.ToHashSet(StringComparer.Ordinal), ct);
        return reached.Count;
    }

    private static IEnumerable<string> SentMarkers((string Recipient, IReadOnlyList<IncidentReminder> Reminders) due) =>
        due.Reminders.SelectMany(r => r.Covers).Select(m => IncidentReminders.SentMarker(m, due.Recipient));

    private async Task ReleaseAsync(string incidentId, HashSet<string> markers, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (sent, etag) = await store.GetMarkersAsync(incidentId, ct);
            if (await store.TrySaveMarkersAsync(incidentId, sent.Where(m => !markers.Contains(m)), etag, ct))
                return;
        }
        logger.LogWarning("Incident {IncidentId}: could not release {Count} reminder marker(s) for recipients not reached; they are not retried", incidentId, markers.Count);
    }
}
