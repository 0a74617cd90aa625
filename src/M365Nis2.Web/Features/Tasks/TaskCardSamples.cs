using M365Nis2.Domain.Tasks;
using M365Nis2.Teams.Routing;
using M365Nis2.Teams.Cards;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>Task cards (open, extension pending, extended, done, CISO decision) in English and Danish for the card validation test.</summary>
public sealed class TaskCardSamples(TaskCards cards) : ICardSamples
{
    private static readonly Uri Link = new("https://m365nis2.example.com/tab/tasks/3f9a1c0e5b7d2a4f");

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var today = new DateOnly(2026, 3, 10);
        foreach (var culture in new[] { BotCulture.English, BotCulture.Danish })
        {
            using (BotCulture.Use(culture))
            {
                var lang = culture.TwoLetterISOLanguageName;
                var open = Row();
                yield return ($"task-open.{lang}", cards.Owner(open, TaskDueRules.Evaluate(open.ToDomain(), today), Link));
                var pending = Row(r => { r.PendingDue = "2026-04-15"; r.PendingReason = "Waiting for the supplier"; r.PendingBy = r.OwnerId; });
                yield return ($"task-pending.{lang}", cards.Owner(pending, TaskDueRules.Evaluate(pending.ToDomain(), today), Link));
                var extended = Row(r => { r.DueDate = "2026-04-15"; r.ExtensionsGranted = 1; });
                yield return ($"task-extended.{lang}", cards.Owner(extended, TaskDueRules.Evaluate(extended.ToDomain(), today), Link));
                var done = Row(r => { r.Lifecycle = nameof(TaskLifecycle.Done); r.ClosedAt = new DateTimeOffset(2026, 3, 9, 14, 0, 0, TimeSpan.Zero); });
                yield return ($"task-done.{lang}", cards.Owner(done, TaskDueRules.Evaluate(done.ToDomain(), today), Link));
                yield return ($"task-decide.{lang}", cards.Decision(pending, "Mads Nielsen", null));
                yield return ($"task-decided.{lang}", cards.Decision(pending, "Mads Nielsen", cards.Text("Decide_Granted", TaskCards.Day(new DateOnly(2026, 4, 15)))));
            }
        }
    }

    private static TaskRow Row(Action<TaskRow>? change = null)
    {
        var row = new TaskRow
        {
            RowKey = "3f9a1c0e5b7d2a4f", Title = "Register MFA for the two admin accounts", Description = "Two privileged accounts have no MFA method registered.",
            OwnerId = "0d3c6b1e-1111-4a6e-9a11-000000000009", DueDate = "2026-03-15", OriginalDueDate = "2026-03-15", DueSetOn = "2026-03-01",
            Measures = "art21.2.j", SourceKind = nameof(TaskSourceKind.EvidenceFinding), SourceId = "mfa.registration/admins",
        };
        change?.Invoke(row);
        return row;
    }
}
