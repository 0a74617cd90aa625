using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.EndToEnd;

/// <summary>Issue 4 in the Teams-like client: the CISO asks for evidence, refreshes it from the card.</summary>
public class PlaygroundEvidenceTests
{
    [Fact]
    public async Task Ciso_gets_the_evidence_card_and_refresh_returns_a_judged_card_labelled_demo_data()
    {
        using var app = new TestApp();
        await using var playground = await AgentsPlayground.StartAsync(new Uri(app.BaseAddress, "/api/messages"));
        await playground.InstallAsync();
        await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m) is not null); // welcome

        await playground.SendTextAsync("evidence");
        var message = await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m)?.ToJsonString().Contains("evidence.refresh", StringComparison.Ordinal) == true);
        var card = AgentsPlayground.CardOf(message)!;
        Assert.Contains("Demo data", card.ToJsonString(), StringComparison.Ordinal);

        // The CISO's Refresh starts a collection against the demo tenant and answers with the judged card.
        var response = await playground.ExecuteAsync(message["messageId"]!.ToString(), "evidence.refresh", new JsonObject { ["action"] = "evidence.refresh" });
        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        var refreshed = response["value"]!.ToJsonString();
        Assert.Contains("Demo data", refreshed, StringComparison.Ordinal);
        Assert.Contains("CA-Exclusion-Legacy-Printers", refreshed, StringComparison.Ordinal);

        Assert.Empty(playground.ErrorsInLog());
    }
}
