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
        // The invoke waits at most EvidenceRefreshAction.InvokeBudget (8 s) for the collection; on a loaded machine it can
        // answer "collection running" with the previous result first. Refreshing again (as the CISO would) then shows the
        // finished collection: the test waits for that, not for the machine to be fast.
        var refreshed = "";
        for (var attempt = 0; attempt < 10 && !refreshed.Contains("CA-Exclusion-Legacy-Printers", StringComparison.Ordinal); attempt++)
        {
            if (attempt > 0)
                await Task.Delay(TimeSpan.FromSeconds(2));
            var response = await playground.ExecuteAsync(message["messageId"]!.ToString(), "evidence.refresh", new JsonObject { ["action"] = "evidence.refresh" });
            Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
            refreshed = response["value"]!.ToJsonString();
        }
        Assert.Contains("Demo data", refreshed, StringComparison.Ordinal);
        Assert.Contains("CA-Exclusion-Legacy-Printers", refreshed, StringComparison.Ordinal);

        Assert.Empty(playground.ErrorsInLog());
    }
}
