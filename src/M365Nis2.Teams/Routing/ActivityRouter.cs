using System.Text.Json;
using M365Nis2.Teams.Connector;
using M365Nis2.Teams.Conversations;

namespace M365Nis2.Teams.Routing;

/// <summary>What the endpoint answers: an HTTP status and, for invokes, the invoke response body.</summary>
public sealed record TurnResult(int StatusCode, InvokeResponse? Body = null)
{
    public static TurnResult Ok { get; } = new(StatusCodes.Status200OK);
}

/// <summary>
/// Routes one authenticated activity by type: text commands, Action.Submit, Action.Execute invokes and
/// install/conversation events. Keeps the conversation reference fresh on every activity.
/// </summary>
public sealed class ActivityRouter(
    IServiceProvider services,
    IConversationReferenceStore references,
    ConnectorClient connector,
    IBotHelp help,
    TimeProvider time,
    ReferenceRefreshFilter refreshFilter,
    ILogger<ActivityRouter> logger)
{
    public async Task<TurnResult> RouteAsync(Activity activity, CancellationToken ct)
    {
        var turn = new TurnContext(activity, connector);
        using var culture = BotCulture.Use(turn.Culture);
        return activity.Type switch
        {
            ActivityTypes.Message => await OnMessageAsync(turn, ct),
            ActivityTypes.Invoke => await OnInvokeAsync(turn, ct),
            ActivityTypes.InstallationUpdate => await OnInstallationUpdateAsync(turn, ct),
            ActivityTypes.ConversationUpdate => await OnConversationUpdateAsync(turn, ct),
            _ => TurnResult.Ok, // typing, messageReaction, …: acknowledged, nothing to do
        };
    }

    private async Task<TurnResult> OnMessageAsync(TurnContext turn, CancellationToken ct)
    {
        await RefreshReferenceAsync(turn.Activity, ct);
        if (turn.Activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            await OnSubmitAsync(turn, value, ct);
            return TurnResult.Ok;
        }
        var (command, arguments) = BotCommandParser.Parse(turn.Activity.Text);
        turn.CommandArguments = arguments;
        if (command.Length == 0 || help.IsHelpWord(command))
        {
            await turn.SendAsync(help.Card(services), ct);
        }
        else if (help.Commands.FirstOrDefault(c => c.Name == command) is { } registration)
        {
            var handler = (IBotCommand)services.GetRequiredService(registration.HandlerType);
            await handler.HandleAsync(turn, ct);
        }
        else
        {
            logger.LogInformation("Unknown bot command {Command}", command);
            await turn.SendAsync(help.UnknownCommandCard(services, command), ct);
        }
        return TurnResult.Ok;
    }

    private async Task OnSubmitAsync(TurnContext turn, JsonElement value, CancellationToken ct)
    {
        var verb = VerbOf(value);
        if (help.IsShowHelpVerb(verb))
        {
            await turn.SendAsync(help.Card(services), ct);
            return;
        }
        var registration = services.GetServices<SubmitActionRegistration>().FirstOrDefault(r => r.Verb == verb);
        if (registration is null)
        {
            logger.LogWarning("Action.Submit with unknown verb {Verb}", verb);
            await turn.SendAsync(help.Text("Invoke_UnknownVerb"), ct);
            return;
        }
        var handler = (ISubmitAction)services.GetRequiredService(registration.HandlerType);
        await handler.HandleAsync(turn, value, ct);
    }

    private async Task<TurnResult> OnInvokeAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Activity.Name != ActivityTypes.AdaptiveCardAction)
        {
            logger.LogInformation("Invoke {Name} is not implemented", turn.Activity.Name);
            return new TurnResult(StatusCodes.Status501NotImplemented);
        }
        await RefreshReferenceAsync(turn.Activity, ct);
        if (turn.Activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("verb", out var verbElement) || verbElement.ValueKind != JsonValueKind.String)
        {
            return Invoke(InvokeResponse.BadRequest("BadRequest", help.Text("Invoke_BadData")));
        }
        var verb = verbElement.GetString()!;
        var data = action.TryGetProperty("data", out var d) ? d : default;
        if (help.IsShowHelpVerb(verb))
        {
            return Invoke(InvokeResponse.Card(help.Card(services)));
        }
        var registration = services.GetServices<CardActionRegistration>().FirstOrDefault(r => r.Verb == verb);
        if (registration is null)
        {
            logger.LogWarning("Action.Execute with unknown verb {Verb}", verb);
            return Invoke(InvokeResponse.BadRequest("UnknownVerb", help.Text("Invoke_UnknownVerb")));
        }
        var handler = (ICardAction)services.GetRequiredService(registration.HandlerType);
        try
        {
            return Invoke(await handler.HandleAsync(turn, data, ct));
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or KeyNotFoundException)
        {
            // Handlers that trip over malformed card data must not turn bad input into a 500.
            logger.LogWarning(ex, "Action.Execute {Verb} could not read its data", verb);
            return Invoke(InvokeResponse.BadRequest("BadRequest", help.Text("Invoke_BadData")));
        }
    }

    private static TurnResult Invoke(InvokeResponse body) => new(StatusCodes.Status200OK, body);

    private async Task<TurnResult> OnInstallationUpdateAsync(TurnContext turn, CancellationToken ct)
    {
        var action = turn.Activity.Action ?? "";
        if (action.StartsWith("remove", StringComparison.Ordinal))
        {
            await MarkRemovedAsync(turn.Activity, ct);
            return TurnResult.Ok;
        }
        await RefreshReferenceAsync(turn.Activity, ct);
        if (action == "add")
        {
            await WelcomeOnceAsync(turn, ct);
        }
        return TurnResult.Ok;
    }

    private async Task<TurnResult> OnConversationUpdateAsync(TurnContext turn, CancellationToken ct)
    {
        var botId = turn.Activity.Recipient?.Id;
        if (botId is not null && turn.Activity.MembersRemoved?.Any(m => m.Id == botId) == true)
        {
            await MarkRemovedAsync(turn.Activity, ct);
            return TurnResult.Ok;
        }
        await RefreshReferenceAsync(turn.Activity, ct);
        if (botId is not null && turn.Activity.MembersAdded?.Any(m => m.Id == botId) == true)
        {
            await WelcomeOnceAsync(turn, ct);
        }
        return TurnResult.Ok;
    }

    private async Task WelcomeOnceAsync(TurnContext turn, CancellationToken ct)
    {
        if (turn.Activity.Conversation?.Id is { } conversationId && await references.TryMarkWelcomedAsync(conversationId, ct))
        {
            await turn.SendAsync(help.WelcomeCard(turn.Activity.From?.Name), ct);
        }
    }

    private async Task RefreshReferenceAsync(Activity activity, CancellationToken ct)
    {
        if (ConversationReference.FromActivity(activity, time.GetUtcNow()) is { } reference && refreshFilter.ShouldWrite(reference))
        {
            await references.SaveAsync(reference, ct);
            refreshFilter.Written(reference);
        }
    }

    private async Task MarkRemovedAsync(Activity activity, CancellationToken ct)
    {
        if (ConversationReference.FromActivity(activity, time.GetUtcNow()) is { } reference)
        {
            await references.MarkAsync(reference, ConversationStatus.Removed, ct);
            await references.ClearWelcomedAsync(reference.ConversationId, ct);
        }
    }

    private static string? VerbOf(JsonElement value) =>
        value.TryGetProperty("verb", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()
        : value.TryGetProperty("action", out var a) && a.ValueKind == JsonValueKind.String ? a.GetString()
        : null;
}
