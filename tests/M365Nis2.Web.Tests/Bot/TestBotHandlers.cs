using System.Text.Json;
using M365Nis2.Teams;
using M365Nis2.Teams.Routing;
using M365Nis2.Teams.Cards;

namespace M365Nis2.Web.Tests.Bot;

/// <summary>A command a feature would register: answers with its arguments.</summary>
public sealed class EchoCommand : IBotCommand
{
    public string Description => "Repeat what you type";

    public Task HandleAsync(TurnContext turn, CancellationToken ct) => turn.SendAsync("echo: " + turn.CommandArguments, ct);
}

/// <summary>An Action.Execute handler: needs a "choice" string, answers with a replacement card.</summary>
public sealed class ChooseAction : ICardAction
{
    public Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct)
    {
        if (data.ValueKind != JsonValueKind.Object || !data.TryGetProperty("choice", out var choice) || choice.ValueKind != JsonValueKind.String)
        {
            return Task.FromResult(InvokeResponse.BadRequest("MissingChoice", "Pick an option first."));
        }
        var card = new AdaptiveCard { Body = [new TextBlock { Text = $"{turn.CallerName} chose {choice.GetString()}" }] };
        return Task.FromResult(InvokeResponse.Card(card));
    }
}

/// <summary>A careless handler that reads a field without checking: its bad input must still not become a 500.</summary>
public sealed class CarelessAction : ICardAction
{
    public Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct) =>
        Task.FromResult(InvokeResponse.Message("got " + data.GetProperty("required").GetString()));
}
