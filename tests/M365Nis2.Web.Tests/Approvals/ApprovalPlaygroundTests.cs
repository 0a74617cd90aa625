using System.Net;
using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Support;
using static M365Nis2.Web.Tests.Approvals.ApprovalHarness;

namespace M365Nis2.Web.Tests.Approvals;

/// <summary>The real Agents Playground as Anders Kjær's Teams client: the round's card arrives, Approve is recorded.</summary>
public class ApprovalPlaygroundTests
{
    [Fact]
    public async Task Round_started_through_the_API_delivers_a_card_and_Approve_records_the_vote()
    {
        using var app = new TestApp();
        await using var playground = await AgentsPlayground.StartAsync(new Uri(app.BaseAddress, "/api/messages"), "anders.kjaer@nordlysenergi.onmicrosoft.com");
        await playground.InstallAsync();
        await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m) is not null); // welcome
        var (policyId, version, hash) = await UploadOkAsync(app, "Information security policy");

        var (response, started) = await StartAsync(app, Round(policyId, version));

        Assert.True(response.StatusCode == HttpStatusCode.Created, started?.ToJsonString());
        var roundId = started!["round"]!["roundId"]!.GetValue<string>();
        Assert.Equal(4, started["notReached"]!.AsArray().Count); // only Anders has the app installed in this playground
        var message = await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m)?.ToJsonString().Contains(roundId, StringComparison.Ordinal) == true);
        var card = AgentsPlayground.CardOf(message)!;
        var approve = card["actions"]!.AsArray().First(a => a!["verb"]?.GetValue<string>() == "approval.vote")!;

        var data = (JsonObject)approve["data"]!.DeepClone();
        data["comment"] = "Godkendt på bestyrelsesmødet.";
        var invoke = await playground.ExecuteAsync(message["messageId"]!.ToString(), "approval.vote", data);

        Assert.Equal("application/vnd.microsoft.card.adaptive", invoke["type"]!.GetValue<string>());
        Assert.Contains("Godkendt", invoke["value"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions
        { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
        var round = await GetRoundAsync(app, roundId);
        var vote = Assert.Single(round["votes"]!.AsArray())!;
        Assert.Equal(Demo.BoardMembers[0].Id, vote["objectId"]!.GetValue<string>());
        Assert.Equal(hash, round["documentSha256"]!.GetValue<string>());
        Assert.Empty(playground.ErrorsInLog());
    }

    [Fact]
    public async Task Approvals_command_shows_the_members_open_rounds_as_cards_and_a_vote_from_it_counts()
    {
        using var app = new TestApp();
        await using var playground = await AgentsPlayground.StartAsync(new Uri(app.BaseAddress, "/api/messages"), "anders.kjaer@nordlysenergi.onmicrosoft.com");
        await playground.InstallAsync();
        await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m) is not null); // welcome
        await playground.SendTextAsync("approvals");
        var none = await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m)?.ToJsonString().Contains("No approval rounds", StringComparison.Ordinal) == true);
        Assert.NotNull(none);
        var (policyId, version, _) = await UploadOkAsync(app, "Supplier security policy");
        var (_, started) = await StartAsync(app, Round(policyId, version));
        var roundId = started!["round"]!["roundId"]!.GetValue<string>();
        await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m)?.ToJsonString().Contains(roundId, StringComparison.Ordinal) == true); // the round's own card

        await playground.SendTextAsync("approvals");
        var intro = await playground.NextMessageAsync(m => m["text"]?.ToString().Contains("wait for your vote", StringComparison.Ordinal) == true);
        var message = await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m)?.ToJsonString().Contains(roundId, StringComparison.Ordinal) == true);
        var card = AgentsPlayground.CardOf(message)!;
        var approve = card["actions"]!.AsArray().First(a => a!["verb"]?.GetValue<string>() == "approval.vote" && a["data"]!["choice"]!.GetValue<string>() == "approve")!;
        await playground.ExecuteAsync(message["messageId"]!.ToString(), "approval.vote", (JsonObject)approve["data"]!.DeepClone());

        Assert.StartsWith("1 approval round(s)", intro["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Supplier security policy", card.ToJsonString(), StringComparison.Ordinal);
        var round = await GetRoundAsync(app, roundId);
        Assert.Equal("Approve", Assert.Single(round["votes"]!.AsArray())!["choice"]!.GetValue<string>());
        Assert.Empty(playground.ErrorsInLog());
    }
}
