using System.Globalization;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Teams.Cards;
using M365Nis2.Web.Features.Bot;
using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>
/// A reminder one pass claimed and sent: supplier id and marker, and what became of the card (sent now, kept until the app
/// is installed for the owner, or not reached), for logs and tests.
/// </summary>
public sealed record SentReminder(string SupplierId, string Marker, string Kind, NoticeOutcome Outcome);

/// <summary>
/// Reminds each active supplier's owner before the next assessment is due (30, 7, 0 days, then every 14 days) — with the
/// open questionnaire when one is waiting — and before a certificate expires (60, 30, 7, 0 days). Markers are claimed
/// in storage before sending, so each point is sent once across instances and restarts. The cards go through
/// <see cref="INotices"/>: while the app is being installed for the owner, the card (the open questionnaire is a form)
/// is kept and sent once the owner has the app, so the claimed marker stands either way.
/// </summary>
public sealed class SupplierReminderRunner(SupplierStore store, INotices notices, AssessmentCards cards, IUserDirectory directory,
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
            foreach (var (reminder, kind, certificate) in due)
            {
                var card = certificate is null
                    ? waiting is not null
                        ? cards.Form(supplier, waiting, reminder: true)
                        : Notice(supplier, AssessmentText.Format("AssessmentNotice", lang, supplier.Name, Day(assessmentDue)))
                    : Notice(supplier, AssessmentText.Format("CertificateNotice", lang, certificate.Name, supplier.Name, Day(certificate.ValidUntil)));
                var outcome = await notices.ShowAsync(supplier.Owner!.ObjectId, card, ct);
                if (outcome == NoticeOutcome.NotReached)
                    logger.LogWarning("Supplier {Supplier}: {Kind} reminder {Marker} did not reach the owner {Owner}", supplier.Id, kind, reminder.Marker, supplier.Owner.ObjectId);
                else
                    logger.LogInformation("Supplier {Supplier}: {Kind} reminder {Marker}: {Outcome}", supplier.Id, kind, reminder.Marker, outcome);
                sent.Add(new SentReminder(supplier.Id, reminder.Marker, certificate is null ? "assessment" : "certificate", outcome));
            }
        }
        return sent;
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
