using System.Globalization;
using System.Text.Json;
using M365Nis2.Domain.Texts;
using M365Nis2.Teams;
using M365Nis2.Teams.Cards;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>Shared parsing for the task card actions: the caller is the activity's Entra object id, never card data.</summary>
public abstract class TaskCardAction(IUserDirectory directory, TaskNotifier notifier) : ICardAction
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct)
    {
        if (turn.CallerObjectId is not { } caller)
        {
            return InvokeResponse.Error(401, "Unauthenticated", "The card action has no Entra user.");
        }
        if (Text(data, "taskId") is not { } taskId)
        {
            return InvokeResponse.BadRequest("BadRequest", "The card data needs taskId.");
        }
        var roles = await directory.RolesOfAsync(caller, ct);
        var outcome = await RunAsync(taskId, new TaskCaller(caller, turn.CallerName, roles.Contains(AppRoles.Ciso)), data, ct);
        if (outcome is null)
        {
            return InvokeResponse.BadRequest("BadRequest", "The card data is incomplete or malformed.");
        }
        if (outcome.Row is not { } row)
        {
            return InvokeResponse.Message(notifier.TextFor("NotFound"));
        }
        // A refusal in the language of the person who clicked (the turn's locale), like the rest of the card.
        return outcome.Refusal is not null ? InvokeResponse.Message(outcome.RefusalIn(turn.Culture.Name)!) : InvokeResponse.Card(Render(row, turn));
    }

    /// <summary>Runs the operation; null when the data is malformed.</summary>
    protected abstract Task<TaskOutcome?> RunAsync(string taskId, TaskCaller caller, JsonElement data, CancellationToken ct);

    protected virtual AdaptiveCard Render(TaskRow row, TurnContext turn) => notifier.OwnerCard(row, turn.Activity.Locale);

    protected static string? Text(JsonElement data, string name) =>
        data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    protected static DateOnly? Date(JsonElement data, string name) =>
        DateOnly.TryParseExact(Text(data, name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}

/// <summary>task.complete: done with the comment typed on the card (or files added in the tab).</summary>
public sealed class CompleteTaskAction(IUserDirectory directory, TaskNotifier notifier, TaskWorkflow workflow) : TaskCardAction(directory, notifier)
{
    protected override async Task<TaskOutcome?> RunAsync(string taskId, TaskCaller caller, JsonElement data, CancellationToken ct) =>
        await workflow.CompleteAsync(taskId, caller, Text(data, "comment"), ct);
}

/// <summary>task.extend: the owner asks for a later date with a reason; the CISO gets a decision card.</summary>
public sealed class ExtendTaskAction(IUserDirectory directory, TaskNotifier notifier, TaskWorkflow workflow) : TaskCardAction(directory, notifier)
{
    protected override async Task<TaskOutcome?> RunAsync(string taskId, TaskCaller caller, JsonElement data, CancellationToken ct) =>
        Date(data, "newDue") is { } due ? await workflow.RequestExtensionAsync(taskId, caller, due, Text(data, "reason"), ct) : null;
}

/// <summary>task.decide: the CISO grants or refuses; their card shows the outcome.</summary>
public sealed class DecideTaskAction(IUserDirectory directory, TaskNotifier notifier, TaskWorkflow workflow, TaskCards cards)
    : TaskCardAction(directory, notifier)
{
    private bool granted;

    protected override async Task<TaskOutcome?> RunAsync(string taskId, TaskCaller caller, JsonElement data, CancellationToken ct)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("grant", out var g) || g.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return null;
        }
        granted = g.GetBoolean();
        return await workflow.DecideExtensionAsync(taskId, caller, granted, null, ct);
    }

    protected override AdaptiveCard Render(TaskRow row, TurnContext turn)
    {
        using var culture = BotCulture.Use(turn.Culture);
        var due = TaskCards.Day(TaskRow.Day(row.DueDate));
        return cards.Decision(row, row.OwnerName ?? row.OwnerId, cards.Text(granted ? "Decide_Granted" : "Decide_Refused", due));
    }
}

/// <summary>task.refresh: the card as it stands now (Teams asks when the chat is opened).</summary>
public sealed class RefreshTaskAction(IUserDirectory directory, TaskNotifier notifier, TaskStore store) : TaskCardAction(directory, notifier)
{
    protected override async Task<TaskOutcome?> RunAsync(string taskId, TaskCaller caller, JsonElement data, CancellationToken ct)
    {
        var row = await store.FindAsync(taskId, ct);
        // Only the owner and the CISO may see a task (it can name people and findings).
        return row is not null && !caller.IsManager && row.OwnerId != caller.ObjectId ? TaskOutcome.Refused(row, TaskTexts.NotYours.With()) : new(row, null);
    }
}
