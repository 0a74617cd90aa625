using System.Globalization;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Teams;
using M365Nis2.Teams.Cards;
using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>What one reminder pass sent: supplier id and marker, for logs and tests.</summary>
public sealed record SentReminder(string SupplierId, string Marker, string Kind);

/// <summary>
/// Reminds each active supplier's owner before the next assessment is due (30, 7, 0 days, then every 14 days) — with the
/// open questionnaire when one is waiting — and before a certificate expires (60, 30, 7, 0 days). Markers are claimed
/// in storage before sending, so each point is sent once across instances and restarts. They are cards (the open
/// questionnaire is a form) and were written before INotices kept cards (ShowAsync could serve them now): while the app is being installed for the
/// owner, the markers are released again and a later pass sends the card once the owner has the app.
/// </summary>
public sealed class SupplierReminderRunner(SupplierStore store, ProactiveMessenger messenger, AssessmentCards cards, IUserDirectory directory,
    TimeProvider time, ILogger<SupplierReminderRunner> logger)
{
    public async Task<IReadOnlyList<SentReminder>> RunAsync(CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var sent = new List<SentReminder>();
        foreach (var supplier in (await store.ListAsync(ct)).Where(s => s.Active && s.Owner is not null))
        {
            var (markers, etag) = await store.MarkersAsync(supplier.Id, ct);
            var due = new List<(DueReminder Reminder, string Kind, SupplierCertificate? Certificate)>();
            var assessmentDue = AssessmentSchedule.NextDue(supplier.Tier, supplier.RegisteredOn, supplier.LastAssessedOn);
            if (DueReminders.Next(assessmentDue, today, DueReminders.AssessmentDays, DueReminders.AssessmentOverdueEveryDays, Prefixed(markers, "assessment:")) is { } a)
                due.Add((a, "assessment", null));
            foreach (var c in supplier.Certificates)
            {
                var prefix = $"certificate:{c.Kind}:{c.Name}:";
                if (DueReminders.Next(c.ValidUntil, today, CertificateRules.ReminderDays, 0, Prefixed(markers, prefix)) is { } r)
                    due.Add((r, prefix, c));
            }
            if (due.Count == 0)
                continue;
            static IEnumerable<string> Covered(DueReminder r, string kind) => r.Covers.Select(m => (kind == "assessment" ? "assessment:" : kind) + m);
            var claimed = due.SelectMany(d => Covered(d.Reminder, d.Kind));
            // Claim first: a lost race means another pass sends these; a crash after the claim loses one reminder, never doubles it.
            if (!await store.TryClaimMarkersAsync(supplier.Id, markers.Concat(claimed), etag, ct))
                continue;
            var waiting = (await store.AssessmentsAsync(supplier.Id, ct)).FirstOrDefault(x => x.Status == AssessmentStatus.Sent);
            var lang = Languages.IsDanish((await directory.FindByUpnAsync(supplier.Owner!.Upn, ct))?.PreferredLanguage) ? "da" : "en";
            string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var release = new List<string>();
            foreach (var (reminder, kind, certificate) in due)
            {
                var card = certificate is null
                    ? waiting is not null
                        ? cards.Form(supplier, waiting, reminder: true)
                        : Notice(supplier, AssessmentText.Format("AssessmentNotice", lang, supplier.Name, Day(assessmentDue)))
                    : Notice(supplier, AssessmentText.Format("CertificateNotice", lang, certificate.Name, supplier.Name, Day(certificate.ValidUntil)));
                var result = await messenger.SendToUserAsync(supplier.Owner!.ObjectId, card, ct);
                logger.LogInformation("Supplier {Supplier}: {Kind} reminder {Marker}: {Result}", supplier.Id, kind, reminder.Marker, result.GetType().Name);
                if (result is ProactiveResult.NoConversation { IsWaitingForInstall: true })
                {
                    release.AddRange(Covered(reminder, kind)); // the app is being installed for the owner: a later pass sends it
                    continue;
                }
                sent.Add(new SentReminder(supplier.Id, reminder.Marker, certificate is null ? "assessment" : "certificate"));
            }
            if (release.Count > 0)
                await ReleaseAsync(supplier.Id, release, ct);
        }
        return sent;
    }

    /// <summary>Un-claims markers whose card waits for an installation; a lost race (someone else wrote) is read again, a few times.</summary>
    private async Task ReleaseAsync(string supplierId, IReadOnlyCollection<string> release, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var (markers, etag) = await store.MarkersAsync(supplierId, ct);
            if (await store.TryClaimMarkersAsync(supplierId, markers.Except(release, StringComparer.Ordinal), etag, ct))
                return;
        }
        logger.LogWarning("Supplier {Supplier}: could not release reminder markers {Markers}; those reminders are not sent", supplierId, string.Join(", ", release));
    }

    private static HashSet<string> Prefixed(IEnumerable<string> markers, string prefix) =>
        [.. markers.Where(m => m.StartsWith(prefix, StringComparison.Ordinal)).Select(m => m[prefix.Length..])];

    private static AdaptiveCard Notice(Supplier supplier, (string Kicker, string Body) text) => new()
    {
        FallbackText = text.Body,
        Body =
        [
            new TextBlock { Text = text.Kicker, IsSubtle = true, Size = TextSize.Small },
            new TextBlock { Text = supplier.Name, Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock { Text = text.Body, Wrap = true },
        ],
    };
}
