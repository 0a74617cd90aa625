using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Approvals;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Xunit.Abstractions;
using static M365Nis2.Web.Tests.Acknowledgements.AckHarness;

namespace M365Nis2.Web.Tests.Acknowledgements;

/// <summary>From the board's approval to each member's acknowledgement, against the rate-limiting connector fake.</summary>
public class AcknowledgementTests(ITestOutputHelper output)
{
    private static readonly DemoDirectory Demo = new(12);

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Bot:TenantId"] = FakeBotIssuer.TenantId,
        ["Graph:Demo:Employees"] = "12",
        ["Bot:Outbound:TenantRequestsPerSecond"] = "100",
        ["Acknowledgements:PollInterval"] = "00:00:00.200",
    };

    [Fact]
    public async Task An_approved_version_is_put_to_every_member_once_and_each_acknowledges_once_from_the_card_or_the_tab()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 300);
        using var app = new TestApp(Settings());
        await app.PostActivityAsync(BotActivities.Install(connector.ServiceUrl).Unique(out _, out _));
        var content = ApprovalHarness.Markdown("Acceptable use " + Guid.NewGuid());
        using (var upload = await ApprovalHarness.UploadAsync(app, "Acceptable use policy", content))
        {
            Assert.True(upload.IsSuccessStatusCode);
        }
        var policy = (await app.Http(DemoDirectory.CisoUpn).GetFromJsonAsync<JsonArray>("/api/policies"))!.Single(p => p!["title"]!.GetValue<string>() == "Acceptable use policy")!;
        var (policyId, version, hash) = (policy["policyId"]!.GetValue<string>(), policy["latest"]!["version"]!.GetValue<int>(), policy["latest"]!["sha256"]!.GetValue<string>());
        var (started, round) = await ApprovalHarness.StartAsync(app, ApprovalHarness.Round(policyId, version));
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var roundId = round!["round"]!["roundId"]!.GetValue<string>();
        foreach (var member in Demo.BoardMembers.Take(3))
        {
            await ExecuteAsync(app, connector.ServiceUrl, member, "approval.vote", new JsonObject { ["roundId"] = roundId, ["choice"] = "approve", ["documentHash"] = hash });
        }

        var progress = await WaitUntilSentAsync(app, policyId, version, TimeSpan.FromMinutes(3));
        output.WriteLine(progress.ToJsonString());
        var recipients = progress["recipients"]!.GetValue<int>();
        Assert.Equal(recipients, progress["asked"]!.GetValue<int>());
        var asked = Demo.Users.Where(u => AckCards(connector, u.Id).Count > 0).ToList();
        Assert.Equal(recipients, asked.Count);
        Assert.All(asked, m => Assert.Single(AckCards(connector, m.Id)));
        Assert.All(Demo.Users.Where(u => u.Kind is DemoUserKind.Employee or DemoUserKind.Board), m => Assert.Contains(m, asked));
        Assert.All(Demo.Guests, g => Assert.Empty(AckCards(connector, g.Id)));
        var danish = Demo.BoardMembers[1];
        var english = Demo.Users.First(u => u.Kind == DemoUserKind.Employee && u.PreferredLanguage == "en-GB");
        Assert.Equal("Jeg har læst og accepterer den", AcceptTitle(AckCards(connector, danish.Id)[0]));
        var card = AckCards(connector, english.Id)[0];
        Assert.Equal("I have read and accept it", AcceptTitle(card));
        var read = card["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl")!["url"]!.GetValue<string>();
        Assert.Equal("Acceptable use policy", TabDeepLink.AssertOpens(read, $"/tab/acknowledge/{policyId}/{version}"));

        // The card: recorded once; a second click says so and changes nothing.
        var first = await ExecuteAsync(app, connector.ServiceUrl, english, Verb, DataOf(card));
        Assert.Contains("Thank you", first["value"]!.ToJsonString(), StringComparison.Ordinal);
        var again = await ExecuteAsync(app, connector.ServiceUrl, english, Verb, DataOf(card));
        Assert.Contains("Already acknowledged", again["value"]!.ToJsonString(), StringComparison.Ordinal);

        // The tab: the same record. Another person acknowledges there; the first is told they already did.
        var colleague = Demo.Users.First(u => u.Kind == DemoUserKind.Employee && u.Id != english.Id);
        using var colleagueHttp = app.Http(colleague.UserPrincipalName);
        var path = new Uri(ProgressPath(policyId, version), UriKind.Relative);
        var recorded = await (await colleagueHttp.PostAsJsonAsync(path, new { documentSha256 = hash })).Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Recorded", recorded!["kind"]!.GetValue<string>());
        using var englishHttp = app.Http(english.UserPrincipalName);
        var viaTab = await englishHttp.PostAsJsonAsync(path, new { documentSha256 = hash });
        Assert.Equal(HttpStatusCode.OK, viaTab.StatusCode);
        Assert.Equal("AlreadyAcknowledged", (await viaTab.Content.ReadFromJsonAsync<JsonObject>())!["kind"]!.GetValue<string>());
        using var wrong = await app.Http(Demo.ItAdmins[0].UserPrincipalName).PostAsJsonAsync(path, new { documentSha256 = new string('0', 64) });
        Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);

        // Progress: the CISO sees who, the board the totals.
        var asCiso = (await app.Http(DemoDirectory.CisoUpn).GetFromJsonAsync<JsonObject>(path))!;
        Assert.Equal(2, asCiso["acknowledged"]!.GetValue<int>());
        var people = asCiso["people"]!.AsArray();
        Assert.Equal("Card", people.Single(p => p!["objectId"]!.GetValue<string>() == english.Id)!["channel"]!.GetValue<string>());
        Assert.Equal("Tab", people.Single(p => p!["objectId"]!.GetValue<string>() == colleague.Id)!["channel"]!.GetValue<string>());
        var asBoard = (await app.Http(danish.UserPrincipalName).GetFromJsonAsync<JsonObject>(path))!;
        Assert.Equal(2, asBoard["acknowledged"]!.GetValue<int>());
        Assert.Null(asBoard["people"]);
        Assert.DoesNotContain(english.DisplayName, (await app.Http(danish.UserPrincipalName).GetStringAsync("/api/acknowledgements")), StringComparison.Ordinal);

        // The document is one click away for the people asked; mine lists what is open.
        Assert.Equal(content, await englishHttp.GetByteArrayAsync($"/api/policies/{policyId}/versions/{version}/document"));
        var mine = (await app.Http(danish.UserPrincipalName).GetFromJsonAsync<JsonArray>("/api/acknowledgements/mine"))!;
        Assert.False(mine.Single(m => m!["policyId"]!.GetValue<string>() == policyId)!["acknowledged"]!.GetValue<bool>());

        // The signed snapshot: who acknowledged when, bound to the version's hash; (g) reports totals without names.
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var snapshot = await ciso.PostAsync(new Uri(ProgressPath(policyId, version) + "/snapshot", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Created, snapshot.StatusCode);
        var artefactId = (await snapshot.Content.ReadFromJsonAsync<JsonObject>())!["artefactId"]!.GetValue<string>();
        var signed = JsonNode.Parse(await ciso.GetStringAsync($"/api/artefacts/{artefactId}"))!;
        Assert.Equal(hash, signed["policy"]!["sha256"]!.GetValue<string>());
        Assert.Equal([english.DisplayName, colleague.DisplayName], signed["acknowledgements"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()));
        var g = await app.Http(english.UserPrincipalName).GetStringAsync("/api/controls/art21.2.g");
        Assert.Contains("policyAcknowledgements", g, StringComparison.Ordinal);
        Assert.DoesNotContain(colleague.DisplayName, g, StringComparison.Ordinal);
    }

    private static string AcceptTitle(JsonNode card) =>
        card["actions"]!.AsArray().Single(a => a!["verb"]?.GetValue<string>() == Verb)!["title"]!.GetValue<string>();

    [Fact]
    public async Task Someone_outside_the_audience_gets_404_and_an_audience_of_none_asks_nobody()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 300);
        using var app = new TestApp(Settings());
        await app.PostActivityAsync(BotActivities.Install(connector.ServiceUrl).Unique(out _, out _));
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var (boardOnly, _, _) = await ApprovalHarness.UploadOkAsync(app, "Board rules of procedure");
        using (var set = await ciso.PutAsJsonAsync($"/api/policies/{boardOnly}/acknowledgement-audience", new { audience = DemoDirectory.BoardGroupId }))
        {
            Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        }
        using (var bad = await ciso.PutAsJsonAsync($"/api/policies/{boardOnly}/acknowledgement-audience", new { audience = "everyone" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.NotNull(JsonNode.Parse(await bad.Content.ReadAsStringAsync())!["errors"]!["audience"]);
        }
        var (policyId, version, sha) = await ApprovedAsync(app, "Board rules of procedure");
        Assert.Equal(boardOnly, policyId);
        var progress = await WaitUntilSentAsync(app, policyId, version, TimeSpan.FromMinutes(3));
        Assert.Equal(Demo.BoardMembers.Count, progress["recipients"]!.GetValue<int>());

        var employee = Demo.Users.First(u => u.Kind == DemoUserKind.Employee);
        using var http = app.Http(employee.UserPrincipalName);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsJsonAsync(ProgressPath(policyId, version), new { documentSha256 = sha })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/api/policies/{policyId}/versions/{version}/document")).StatusCode);
        Assert.Empty(AckCards(connector, employee.Id));
        using (var badVersion = await http.PostAsJsonAsync($"/api/policies/{policyId}/versions/first/acknowledgements", new { }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, badVersion.StatusCode);
            Assert.NotNull(JsonNode.Parse(await badVersion.Content.ReadAsStringAsync())!["errors"]!["version"]);
        }

        var (quiet, _, _) = await ApprovalHarness.UploadOkAsync(app, "Server room key log");
        await ciso.PutAsJsonAsync($"/api/policies/{quiet}/acknowledgement-audience", new { audience = "none" });
        var (_, quietVersion, _) = await ApprovedByBoardAsync(app, connector.ServiceUrl, "Server room key log");
        await Task.Delay(1000);
        Assert.Equal(HttpStatusCode.NotFound, (await ciso.GetAsync(ProgressPath(quiet, quietVersion))).StatusCode);

        // Later the CISO puts the already-approved version to the board by hand: once, and only with an audience.
        var campaign = $"/api/policies/{quiet}/acknowledgement-campaign";
        Assert.Equal(HttpStatusCode.Conflict, (await ciso.PostAsync(campaign, null)).StatusCode); // audience still "none"
        using (var board = app.Http(Demo.BoardMembers[0].UserPrincipalName))
            Assert.Equal(HttpStatusCode.Forbidden, (await board.PostAsync(campaign, null)).StatusCode);
        var (neverApproved, _, _) = await ApprovalHarness.UploadOkAsync(app, "Clean desk rule");
        Assert.Equal(HttpStatusCode.NotFound, (await ciso.PostAsync($"/api/policies/{neverApproved}/acknowledgement-campaign", null)).StatusCode);
        await ciso.PutAsJsonAsync($"/api/policies/{quiet}/acknowledgement-audience", new { audience = DemoDirectory.BoardGroupId });
        using (var put = await ciso.PostAsync(campaign, null))
        {
            Assert.Equal(HttpStatusCode.Accepted, put.StatusCode);
            Assert.Equal(quietVersion, JsonNode.Parse(await put.Content.ReadAsStringAsync())!["version"]!.GetValue<int>());
        }
        var asked = await WaitUntilSentAsync(app, quiet, quietVersion, TimeSpan.FromMinutes(3));
        Assert.Equal(Demo.BoardMembers.Count, asked["recipients"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Conflict, (await ciso.PostAsync(campaign, null)).StatusCode); // already asked: nobody twice
    }
}
