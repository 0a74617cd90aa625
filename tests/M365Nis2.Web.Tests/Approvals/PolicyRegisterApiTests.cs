using System.Net;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Approvals;
using M365Nis2.Web.Tests.Support;
using static M365Nis2.Web.Tests.Approvals.ApprovalHarness;

namespace M365Nis2.Web.Tests.Approvals;

/// <summary>The register's read API: who may read what, templates' starting texts, the checklist and a member's rounds.</summary>
public sealed class PolicyRegisterApiTests : IDisposable
{
    private const string Employee = "mads.nielsen001@nordlysenergi.onmicrosoft.com";
    private readonly TestApp app = new();

    public void Dispose() => app.Dispose();

    [Fact]
    public void Every_template_has_a_starting_text_in_english_and_danish_that_names_its_title()
    {
        foreach (var template in PolicyTemplates.All)
        {
            var en = PolicyTemplates.Text(template.PolicyKey, "en");
            var da = PolicyTemplates.Text(template.PolicyKey, "da");
            Assert.StartsWith("# " + template.Title, en, StringComparison.Ordinal);
            Assert.StartsWith("# ", da, StringComparison.Ordinal);
            Assert.NotEqual(en, da);
            Assert.Contains(M365Nis2.Domain.Catalogue.Nis2Catalogue.Default.Documents, d => d.Id == template.DocumentId);
        }
        Assert.Null(PolicyTemplates.Text("information-security-policy", "de"));
    }

    [Theory]
    [InlineData("/api/policies/checklist", Ciso, HttpStatusCode.OK)]
    [InlineData("/api/policies/checklist", Employee, HttpStatusCode.Forbidden)]
    [InlineData("/api/policies/checklist", null, HttpStatusCode.Unauthorized)]
    [InlineData("/api/policies/templates/cryptography-policy/text?lang=da", Employee, HttpStatusCode.OK)]
    [InlineData("/api/policies/templates/cryptography-policy/text?lang=de", Ciso, HttpStatusCode.NotFound)]
    [InlineData("/api/policies/templates/no-such/text", Ciso, HttpStatusCode.NotFound)]
    [InlineData("/api/policies/no-such-policy", Ciso, HttpStatusCode.NotFound)]
    [InlineData("/api/policies/no-such-policy", Employee, HttpStatusCode.Forbidden)]
    [InlineData("/api/approvals/mine", "anders.kjaer@nordlysenergi.onmicrosoft.com", HttpStatusCode.OK)]
    [InlineData("/api/approvals/mine", Employee, HttpStatusCode.Forbidden)]
    [InlineData("/api/approvals/no-such-round/reminders", Ciso, HttpStatusCode.NotFound)]
    [InlineData("/api/approvals/no-such-round/reminders", Employee, HttpStatusCode.Forbidden)]
    public async Task Each_role_gets_its_answer(string path, string? user, HttpStatusCode expected)
    {
        using var http = app.Http(user);

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Policy_detail_lists_versions_with_their_state_and_the_round_and_the_member_sees_it_among_their_rounds()
    {
        var (policyId, _, _) = await UploadOkAsync(app, "Cryptography policy");
        var (_, version, hash) = await UploadOkAsync(app, "Cryptography policy");
        var (_, started) = await StartAsync(app, Round(policyId, version));
        var roundId = started!["round"]!["roundId"]!.GetValue<string>();
        using var ciso = app.Http(Ciso);
        using var board = app.Http(Demo.BoardMembers[0].UserPrincipalName);

        var detail = JsonNode.Parse(await ciso.GetStringAsync(new Uri($"/api/policies/{policyId}", UriKind.Relative)))!;
        var checklist = JsonNode.Parse(await ciso.GetStringAsync(new Uri("/api/policies/checklist", UriKind.Relative)))!.AsArray();
        var mine = JsonNode.Parse(await board.GetStringAsync(new Uri("/api/approvals/mine", UriKind.Relative)))!.AsArray();

        var versions = detail["versions"]!.AsArray();
        Assert.Equal([2, 1], versions.Select(v => v!["version"]!.GetValue<int>()));
        Assert.Equal(["inRound", "draft"], versions.Select(v => v!["state"]!.GetValue<string>()));
        Assert.Equal(hash, versions[0]!["sha256"]!.GetValue<string>());
        Assert.Equal(roundId, detail["rounds"]!.AsArray().Single()!["roundId"]!.GetValue<string>());
        var crypto = checklist.Single(i => i!["documentId"]!.GetValue<string>() == "cryptography_policy")!;
        Assert.Equal("notApproved", crypto["state"]!.GetValue<string>());
        Assert.Equal(policyId, crypto["policyId"]!.GetValue<string>());
        Assert.Equal(Nis2CatalogueCount(), checklist.Count);
        Assert.Contains(mine, r => r!["roundId"]!.GetValue<string>() == roundId);
    }

    [Theory]
    [InlineData("Information security policy", "information-security-policy")]
    [InlineData("Leverandørpolitik Nord", "leverandoerpolitik-nord")]
    [InlineData("Ærø Åben_plan", "aeroe-aaben-plan")]
    [InlineData("Política café", "politica-cafe")]
    [InlineData("!!!", null)]
    public void A_policy_key_in_danish_becomes_a_readable_ascii_id(string key, string? expected) =>
        Assert.Equal(expected, PolicyService.Slug(key));

    [Fact]
    public async Task A_connector_that_fails_for_some_approvers_makes_them_not_reached_and_the_round_still_starts()
    {
        // Without proactive installation: the demo tenant's installation event for an approver would otherwise land
        // after the vote below and move their chat to the demo's own connector, which never fails.
        using var app = new TestApp(new Dictionary<string, string?> { ["AppInstall:Enabled"] = "false" });
        var members = new M365Nis2.Web.Infrastructure.Graph.DemoTenant.DemoDirectory().BoardMembers.Take(2).ToArray();
        var (firstPolicy, firstVersion, firstHash) = await UploadOkAsync(app, "Access control policy");
        await using (var connector = await Bot.FakeConnector.StartAsync())
        {
            var (_, first) = await StartAsync(app, Round(firstPolicy, firstVersion, approverIds: [.. members.Select(m => m.Id)]));
            await VoteAsync(app, connector, members[0], first!["round"]!["roundId"]!.GetValue<string>(), "approve", firstHash); // stores a chat with that connector
        }
        var (policyId, version, _) = await UploadOkAsync(app, "Cryptography policy"); // the connector is gone now

        var (response, started) = await StartAsync(app, Round(policyId, version, approverIds: [.. members.Select(m => m.Id)]));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var notReached = started!["notReached"]!.AsArray();
        Assert.True(notReached.Any(d => d!["objectId"]!.GetValue<string>() == members[0].Id
            && d["reason"]!.GetValue<string>().StartsWith("sending failed", StringComparison.Ordinal)), notReached.ToJsonString());
    }

    private static int Nis2CatalogueCount() => M365Nis2.Domain.Catalogue.Nis2Catalogue.Default.Documents.Count;
}
