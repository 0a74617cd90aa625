using M365Nis2.Domain.Incidents;
using M365Nis2.Teams.Routing;
using M365Nis2.Teams.Cards;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>Form, timelines (suspected, significant with deadlines, overdue) and a reminder, in English and Danish.</summary>
public sealed class IncidentCardSamples(IncidentCards cards) : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var now = new DateTimeOffset(2026, 3, 28, 14, 30, 0, TimeSpan.FromHours(1));
        var suspected = new Incident("3f2a91c04d5e4f6a8b7c9d0e1f2a3b4c", now.AddMinutes(-20), "mads", "Mads Nielsen",
            new IncidentReport("Customers cannot log in to the self-service portal since 08:40.\nThe login page shows an error.",
                now.AddHours(-4), "Self-service portal, customer login", 1200, true, SuspectedCause.Malicious, CrossBorderEffect.Unknown));
        var significant = suspected with
        {
            Assessment = new SignificanceAssessment(Answer.Yes, Answer.Unknown)
                .Decide(Significance.Significant, "Portal down for all customers; DDoS suspected.", "Mette Holm", now.AddMinutes(-10)),
        };
        var overdue = significant with { Reporting = significant.Reporting.Submit(IncidentStage.EarlyWarning, now.AddHours(10)) };
        var reminder = IncidentReminders.DueReminders(IncidentTimeline.Build(significant.Reporting, now.AddHours(16)), new HashSet<string>(), now.AddHours(16))[0];
        foreach (var culture in new[] { BotCulture.English, BotCulture.Danish })
        {
            using (BotCulture.Use(culture))
            {
                var lang = culture.TwoLetterISOLanguageName;
                yield return ($"form.{lang}", cards.Form("9b1f0c2e", now));
                yield return ($"timeline-suspected.{lang}", cards.Timeline(suspected, now));
                yield return ($"timeline-new-for-ciso.{lang}", cards.Timeline(suspected, now, cards.NewIncidentNotice("Mads Nielsen")));
                yield return ($"timeline-significant.{lang}", cards.Timeline(significant, now));
                yield return ($"timeline-overdue.{lang}", cards.Timeline(overdue, now.AddDays(4)));
                yield return ($"reminder.{lang}", cards.Reminder(significant, reminder, now.AddHours(16)));
            }
        }
    }
}
