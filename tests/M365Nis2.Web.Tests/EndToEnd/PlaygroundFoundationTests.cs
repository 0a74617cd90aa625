using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.EndToEnd;

/// <summary>The real Agents Playground as the Teams client, the real host, the real Azurite.</summary>
public class PlaygroundFoundationTests
{
    [Fact]
    public async Task Install_welcomes_help_lists_commands_and_a_card_click_returns_a_card()
    {
        using var app = new TestApp();
        await using var playground = await AgentsPlayground.StartAsync(new Uri(app.BaseAddress, "/api/messages"));

        await playground.InstallAsync();
        var welcome = await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m) is not null);
        var welcomeCard = AgentsPlayground.CardOf(welcome)!;
        Assert.Contains("M365Nis2", welcomeCard.ToJsonString(), StringComparison.Ordinal);
        var helpAction = welcomeCard["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.Execute")!;

        await playground.SendTextAsync("help");
        var help = await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m) is not null);
        var helpCard = AgentsPlayground.CardOf(help)!;
        Assert.Contains(helpCard["body"]!.AsArray(), e => e!["type"]!.GetValue<string>() == "FactSet");
        Assert.Contains("help", helpCard.ToJsonString(), StringComparison.OrdinalIgnoreCase);

        var response = await playground.ExecuteAsync(
            welcome["messageId"]!.ToString(), helpAction["verb"]!.GetValue<string>(), helpAction["data"]?.DeepClone() as JsonObject ?? []);
        // The playground hands back the bot's invoke response body without its statusCode wrapper.
        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", response["value"]!["type"]!.GetValue<string>());

        Assert.Empty(playground.ErrorsInLog());
    }

    /// <summary>Proves the clean-log check above can fail: an error exchange is visible in the playground's log.</summary>
    [Fact]
    public async Task Click_on_an_unknown_verb_gets_an_error_response_that_the_playground_logs()
    {
        using var app = new TestApp();
        await using var playground = await AgentsPlayground.StartAsync(new Uri(app.BaseAddress, "/api/messages"));
        await playground.InstallAsync();
        var welcome = await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m) is not null);

        var response = await playground.ExecuteAsync(welcome["messageId"]!.ToString(), "no.such.verb", []);

        Assert.Equal("application/vnd.microsoft.error", response["type"]!.GetValue<string>());
        Assert.NotEmpty(playground.ErrorsInLog());
    }
}
