using System.Globalization;
using M365Nis2.Domain.Tasks;
using M365Nis2.Teams;
using M365Nis2.Teams.Conversations;
using M365Nis2.Teams.Routing;
using M365Nis2.Teams.Cards;
using M365Nis2.Web.Features.Bot;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Platform;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>
/// Everything the tasks feature says in Teams: the owner's card (sent once by the job, updated when the task changes
/// elsewhere), reminders, the CISO's decision card and short messages — each in the reader's language.
/// </summary>
public sealed class TaskNotifier(
    ProactiveMessenger messenger,
    IConversationReferenceStore references,
    TaskCards cards,
    INotices notices,
    TabLinks links,
    IOptions<TasksOptions> options,
    IOptions<RolesOptions> roles,
    TimeProvider time,
    ILogger<TaskNotifier> logger)
{
    public DateOnly Today => WallClock.Today(time.GetUtcNow(), options.Value.Zone);

    public TaskDueStatus StatusOf(TaskRow row) => TaskDueRules.Evaluate(row.ToDomain(), Today, options.Value.DueSoonDays);

    /// <summary>The task's page in the tab by its web address (the calendar feed's link: a calendar is not Teams).</summary>
    public Uri TabLink(string taskId) => links.Web(TabPath(taskId));

    /// <summary>The owner's card in the culture of <paramref name="locale"/>; its link opens the task in the tab in Teams.</summary>
    public AdaptiveCard OwnerCard(TaskRow row, string? locale)
    {
        using var culture = BotCulture.Use(BotCulture.For(locale));
        return cards.Owner(row, StatusOf(row), links.Page(TabPath(row.RowKey), row.TitleIn(CultureInfo.CurrentUICulture.Name)));
    }

    private static string TabPath(string taskId) => $"/tab/tasks/{Uri.EscapeDataString(taskId)}";

    public async Task<ProactiveResult> SendOwnerCardAsync(TaskRow row, CancellationToken ct)
    {
        var locale = await LocaleOfAsync(row.OwnerId, ct);
        return await messenger.SendToUserAsync(row.OwnerId, OwnerCard(row, locale), ct);
    }

    /// <summary>Replaces the owner's card after a change made outside it (tab, API, CISO decision); best effort.</summary>
    public async Task RefreshOwnerCardAsync(TaskRow row, CancellationToken ct)
    {
        if (row.CardConversationId is null || row.CardActivityId is null)
        {
            return;
        }
        try
        {
            await messenger.UpdateAsync(row.CardConversationId, row.CardActivityId, OwnerCard(row, await LocaleOfAsync(row.OwnerId, ct)), ct);
        }
        catch (Exception e) when (e is HttpRequestException or M365Nis2.Teams.Connector.ConnectorException)
        {
            logger.LogWarning(e, "Could not update the card of task {TaskId}", row.RowKey);
        }
    }

    public async Task<bool> RemindAsync(TaskRow row, TaskReminder reminder, CancellationToken ct)
    {
        var due = TaskRow.Day(row.DueDate);
        var sent = await TellAsync(row.OwnerId, () => cards.Text(reminder.Kind == TaskReminderKind.Overdue ? "Reminder_Overdue" : "Reminder_Before",
            row.TitleIn(CultureInfo.CurrentUICulture.Name), TaskCards.Day(due)), ct);
        if (reminder.CopyManager)
        {
            foreach (var ciso in roles.Value.CisoUserIds.Where(c => !c.Equals(row.OwnerId, StringComparison.OrdinalIgnoreCase)))
            {
                await TellAsync(ciso, () => cards.Text("Ciso_Overdue", row.TitleIn(CultureInfo.CurrentUICulture.Name), row.OwnerName ?? row.OwnerId, TaskCards.Day(due)), ct);
            }
        }
        return sent;
    }

    /// <summary>Asks every CISO to grant or refuse the owner's request.</summary>
    public async Task AskCisoAsync(TaskRow row, CancellationToken ct)
    {
        foreach (var ciso in roles.Value.CisoUserIds)
        {
            var locale = await LocaleOfAsync(ciso, ct);
            AdaptiveCard card;
            using (BotCulture.Use(BotCulture.For(locale)))
            {
                card = cards.Decision(row, row.OwnerName ?? row.OwnerId, null);
            }
            if (await messenger.SendToUserAsync(ciso, card, ct) is not ProactiveResult.Sent)
            {
                logger.LogWarning("Could not ask CISO {Ciso} about the extension of task {TaskId}", ciso, row.RowKey);
            }
        }
    }

    /// <summary>A short message; <paramref name="message"/> is rendered in the recipient's culture.</summary>
    public async Task<bool> TellAsync(string objectId, Func<string> message, CancellationToken ct)
    {
        string text;
        using (BotCulture.Use(BotCulture.For(await LocaleOfAsync(objectId, ct))))
        {
            text = message();
        }
        // Kept and sent later while the app is being installed for them; true then too (it will arrive).
        return await notices.TellAsync(objectId, text, ct) != NoticeOutcome.NotReached;
    }

    /// <summary>Card text in the current culture (callers set it per recipient).</summary>
    public string TextFor(string key, params object[] args) => cards.Text(key, args);

    public async Task<string?> LocaleOfAsync(string objectId, CancellationToken ct) =>
        (await references.FindPersonalByAadObjectIdAsync(objectId, ct))?.Locale;
}
