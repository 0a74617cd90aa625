using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Evidence.Sources;

/// <summary>The real Agents Playground as the CISO's Teams client: the <c>measures</c> card and its Refresh.</summary>
public class MeasuresPlaygroundTests
{
    [Fact]
    public async Task The_ciso_sees_every_automated_measure_with_its_sources_and_named_findings_and_refresh_answers_with_the_same_card()
    {
        using var t = new SourcesTestApp();
        await t.CollectAndWaitAsync();
        await using var playground = await AgentsPlayground.StartAsync(new Uri(t.App.BaseAddress, "/api/messages"), SourcesTestApp.Ciso);

        await playground.SendTextAsync("measures");
        var message = await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m)?.ToJsonString().Contains("Automated evidence per measure", StringComparison.Ordinal) == true);
        var card = AgentsPlayground.CardOf(message)!;
        var json = card.ToJsonString();
        foreach (var measure in new[] { "(b) ", "(c) ", "(e) ", "(f) ", "(h) ", "(i) ", "(j) " })
            Assert.Contains(measure, json, StringComparison.Ordinal);
        Assert.DoesNotContain("(a) ", json, StringComparison.Ordinal); // no source speaks to (a)
        Assert.Contains("Microsoft Intune: ", json, StringComparison.Ordinal);
        Assert.Contains("Microsoft Defender", json, StringComparison.Ordinal);
        Assert.Contains("collected ", json, StringComparison.Ordinal);
        Assert.Contains("Demo data", json, StringComparison.Ordinal);
        Assert.Contains("Ole Bak", json, StringComparison.Ordinal); // the CISO in a 1:1 chat sees who

        var refresh = card["actions"]!.AsArray().Single(a => a!["verb"]?.GetValue<string>() == "evidence.refresh")!;
        Assert.Equal("measures", refresh["data"]!["view"]!.GetValue<string>());
        var response = await playground.ExecuteAsync(message["messageId"]!.ToString(), "evidence.refresh", (JsonObject)refresh["data"]!.DeepClone());

        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        Assert.Contains("Automated evidence per measure", response["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(playground.ErrorsInLog());
    }
}
