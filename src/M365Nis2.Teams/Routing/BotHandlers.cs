using System.Text.Json;

namespace M365Nis2.Teams.Routing;

/// <summary>A text command typed to the bot ("training", "help"). Resolved per turn from DI (scoped).</summary>
public interface IBotCommand
{
    /// <summary>One line for the help card, in the turn's culture (CurrentUICulture is set for the turn).</summary>
    string Description { get; }

    Task HandleAsync(TurnContext turn, CancellationToken ct);
}

/// <summary>An Action.Execute verb. Return a card to replace the clicked card, a message, or a 400 for bad data.</summary>
public interface ICardAction
{
    Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct);
}

/// <summary>An Action.Submit (arrives as a message with value); it cannot replace the card, only send.</summary>
public interface ISubmitAction
{
    Task HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct);
}

public sealed record BotCommandRegistration(string Name, Type HandlerType);

public sealed record CardActionRegistration(string Verb, Type HandlerType);

public sealed record SubmitActionRegistration(string Verb, Type HandlerType);
