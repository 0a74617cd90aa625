using M365Nis2.Domain.Training;
using M365Nis2.Teams.Routing;
using M365Nis2.Teams.Cards;
using M365Nis2.Web.Features.Awareness;

namespace M365Nis2.Web.Features.Training;

public sealed class TrainingCardSamples(TrainingCards cards) : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var course = new CourseView("c1", "NIS2 for boards", "Dansk Industri", new DateOnly(2025, 9, 15), 6, ["Governance", "Incident reporting"]);
        var current = new MemberStatus("b1", "Anders Kjær", "Current", new DateOnly(2026, 9, 15), "Covered until 2026-09-15.", [course]);
        var never = new MemberStatus("b2", "Emma Thompson", "Never", null, "No management training recorded.", []);
        var overdue = current with { ObjectId = "b3", DisplayName = "David Miller", State = "Overdue", DueDate = new DateOnly(2025, 3, 1), Reason = "Overdue since 2025-03-01." };
        var overview = new ManagementStatus(new DateOnly(2026, 3, 2), TrainingRule.Default, [current, never, overdue]);
        AwarenessAssignment[] rows =
        [
            new("phishing", "en", RecipientStates.Completed, 0.75),
            new("mfa_passwords", "en", RecipientStates.Prompted, null),
        ];
        var claim = new ClaimView("c1", "b2", "Emma Thompson", null, "Cyber risk for boards <2026>", "CBS Executive", new DateOnly(2026, 2, 10), 3.5m,
            "a1", "Rejected", new DateTimeOffset(2026, 2, 11, 9, 0, 0, TimeSpan.Zero), "ciso", new DateTimeOffset(2026, 2, 12, 9, 0, 0, TimeSpan.Zero),
            "The certificate names another person; please upload yours.", "d1");
        foreach (var culture in new[] { BotCulture.English, BotCulture.Danish })
        {
            using (BotCulture.Use(culture))
            {
                var lang = culture.TwoLetterISOLanguageName;
                yield return ($"training-member.{lang}", cards.MemberStatus(current));
                yield return ($"training-member-never.{lang}", cards.MemberStatus(never));
                yield return ($"training-board.{lang}", cards.BoardOverview(overview));
                yield return ($"training-employee.{lang}", cards.EmployeeAwareness(rows));
                yield return ($"training-employee-none.{lang}", cards.EmployeeAwareness([]));
                yield return ($"training-reminder.{lang}", cards.Reminder(overdue));
                yield return ($"training-claim-rejected.{lang}", cards.ClaimDecided(claim));
                yield return ($"training-claim-confirmed.{lang}", cards.ClaimDecided(claim with { State = "Confirmed", Note = null }));
            }
        }
    }
}
