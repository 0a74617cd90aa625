using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using static M365Nis2.Web.Tests.Acknowledgements.AckHarness;

namespace M365Nis2.Web.Tests.Acknowledgements;

/// <summary>The real Agents Playground as a board member's Teams client: the "read and accept" card arrives in Danish and is acknowledged from it.</summary>
public class AcknowledgementPlaygroundTests
{
    [Fact]
    public async Task A_board_member_acknowledges_the_approved_policy_from_the_card_once()
    {
        var member = new DemoDirectory().BoardMembers[1]; // Birgitte Lund, preferredLanguage da-DK
        using var app = new TestApp(new Dictionary<string, string?> { ["Acknowledgements:PollInterval"] = "00:00:00.200" });
        await using var playground = await AgentsPlayground.StartAsync(new Uri(app.BaseAddress, "/api/messages"), member.UserPrincipalName);
        await playground.InstallAsync();
        await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m) is not null); // welcome
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var (policyKey, _, _) = await Approvals.ApprovalHarness.UploadOkAsync(app, "Access control policy");
        (await ciso.PutAsJsonAsync($"/api/policies/{policyKey}/acknowledgement-audience", new { audience = DemoDirectory.BoardGroupId })).EnsureSuccessStatusCode();

        var (policyId, version, _) = await ApprovedAsync(app, "Access control policy");
        var message = await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m)?.ToJsonString().Contains(Verb, StringComparison.Ordinal) == true);
        var card = AgentsPlayground.CardOf(message)!;
        Assert.Equal("Politik til gennemlæsning og accept", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("Access control policy", card["body"]![1]!["text"]!.GetValue<string>());
        var read = card["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl")!;
        Assert.Equal("Access control policy", TabDeepLink.AssertOpens(read["url"]!.GetValue<string>(), $"/tab/acknowledge/{policyId}/{version}"));

        var response = await playground.ExecuteAsync(message["messageId"]!.ToString(), Verb, DataOf(card));
        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        Assert.Contains("Tak: din bekræftelse er registreret", ((JsonObject)response["value"]!)["body"]!.AsArray().Select(b => b!["text"]?.GetValue<string>()));
        var again = await playground.ExecuteAsync(message["messageId"]!.ToString(), Verb, DataOf(card));
        Assert.Contains("Allerede bekræftet", ((JsonObject)again["value"]!)["body"]!.AsArray().Select(b => b!["text"]?.GetValue<string>()));

        var progress = (await ciso.GetFromJsonAsync<JsonObject>(ProgressPath(policyId, version)))!;
        Assert.Equal(1, progress["acknowledged"]!.GetValue<int>());
        var me = progress["people"]!.AsArray().Single(p => p!["objectId"]!.GetValue<string>() == member.Id)!;
        Assert.Equal("Card", me["channel"]!.GetValue<string>());
        Assert.Empty(playground.ErrorsInLog());
    }
}
