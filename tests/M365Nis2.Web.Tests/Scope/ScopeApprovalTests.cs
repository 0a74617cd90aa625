using System.Net;
using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Approvals;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using static M365Nis2.Web.Tests.Approvals.ApprovalHarness;
using static M365Nis2.Web.Tests.Risks.RiskHarness;

namespace M365Nis2.Web.Tests.Scope;

/// <summary>The board approves the scope classification through the approval machinery, bound to the exact answers.</summary>
public class ScopeApprovalTests
{
    [Fact]
    public async Task The_board_approves_the_classification_on_the_card_and_a_changed_answer_makes_it_not_approved_again()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp();
        foreach (var user in ApprovalHarness.Demo.BoardMembers)
            await InstallAsync(app, connector, user);
        var (saved, scope) = await SendAsync(app, HttpMethod.Put, "/api/scope", ScopeApiTests.Answers(staff: 400));
        Assert.True(saved.IsSuccessStatusCode, scope?.ToJsonString());
        Assert.Equal("none", scope!["approval"]!["state"]!.GetValue<string>());
        var sha = scope["sha256"]!.GetValue<string>();

        var (sent, pending) = await SendAsync(app, HttpMethod.Post, "/api/scope/approval");
        Assert.True(sent.StatusCode == HttpStatusCode.OK, pending?.ToJsonString());
        Assert.Equal("pending", pending!["approval"]!["state"]!.GetValue<string>());
        var roundId = pending["approval"]!["roundId"]!.GetValue<string>();
        var card = connector.SentActivities.First(a => a.Activity.ToJsonString().Contains(roundId, StringComparison.Ordinal)).Activity.ToJsonString();
        // The card is in the member's language; the JSON escapes non-ASCII letters, so match the ASCII part.
        Assert.Matches("Essential entity|sentlig enhed", card);
        Assert.Matches("Environmental Protection Agency|Milj", card);
        Assert.Matches("Annex I|bilag I", card);
        var (again, refusal) = await SendAsync(app, HttpMethod.Post, "/api/scope/approval");
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode); // already with the board
        Assert.Equal("This classification is already with the board; wait for its decision or deadline.", refusal!["detail"]!.GetValue<string>());
        Assert.Equal("Klassificeringen ligger allerede hos bestyrelsen; afvent dens beslutning eller fristen.", refusal["detailDa"]!.GetValue<string>());
        Assert.Equal("Klassificeringen kan ikke sendes til bestyrelsen nu", refusal["titleDa"]!.GetValue<string>());

        foreach (var member in ApprovalHarness.Demo.BoardMembers.Take(3))
            await VoteAsync(app, connector, member, roundId, "approve", sha);
        var approved = await WaitForAsync(app, "/api/scope", d => d["approval"]!["state"]!.GetValue<string>() == "approved");
        Assert.Equal(3, approved["approval"]!["approvers"]!.AsArray().Count);
        var record = approved["approval"]!["decisionArtefactId"]!.GetValue<string>();
        var (artefact, _) = await SendAsync(app, HttpMethod.Get, $"/api/artefacts/{record}");
        Assert.Equal(HttpStatusCode.OK, artefact.StatusCode); // the signed decision record is in the vault
        Assert.Equal(HttpStatusCode.Conflict, (await SendAsync(app, HttpMethod.Post, "/api/scope/approval")).Response.StatusCode);

        var medium = ScopeApiTests.Answers(staff: 120);
        medium["annualTurnoverEur"] = 30_000_000;
        var (_, changed) = await SendAsync(app, HttpMethod.Put, "/api/scope", medium);
        Assert.Equal("changed", changed!["approval"]!["state"]!.GetValue<string>());
        Assert.Equal(1, changed["approval"]!["version"]!.GetValue<int>());

        // Back to exactly the answers the board approved: a new version, approved again by the same decision.
        var (_, back) = await SendAsync(app, HttpMethod.Put, "/api/scope", ScopeApiTests.Answers(staff: 400));
        Assert.Equal(3, back!["version"]!.GetValue<int>());
        Assert.Equal(sha, back["sha256"]!.GetValue<string>());
        Assert.Equal("approved", back["approval"]!["state"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_rejection_is_shown_and_the_classification_can_be_sent_again()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp();
        foreach (var user in ApprovalHarness.Demo.BoardMembers)
            await InstallAsync(app, connector, user);
        var small = ScopeApiTests.Answers(staff: 20, type: "food.business");
        small["annualTurnoverEur"] = 5_000_000;
        small["balanceSheetTotalEur"] = 4_000_000;
        var (_, scope) = await SendAsync(app, HttpMethod.Put, "/api/scope", small);
        Assert.Equal("notCovered", scope!["result"]!["category"]!.GetValue<string>()); // "not covered" is a conclusion the board owns too
        var (_, pending) = await SendAsync(app, HttpMethod.Post, "/api/scope/approval");
        var roundId = pending!["approval"]!["roundId"]!.GetValue<string>();

        foreach (var member in ApprovalHarness.Demo.BoardMembers.Take(3))
            await VoteAsync(app, connector, member, roundId, "reject", scope["sha256"]!.GetValue<string>(), "Count the group's staff as well.");
        await WaitForAsync(app, "/api/scope", d => d["approval"]!["state"]!.GetValue<string>() == "rejected");

        var (resent, body) = await SendAsync(app, HttpMethod.Post, "/api/scope/approval");
        Assert.True(resent.StatusCode == HttpStatusCode.OK, body?.ToJsonString());
        Assert.NotEqual(roundId, body!["approval"]!["roundId"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("anders.kjaer@nordlysenergi.onmicrosoft.com", HttpStatusCode.Forbidden)]
    [InlineData("mads.nielsen001@nordlysenergi.onmicrosoft.com", HttpStatusCode.Forbidden)]
    [InlineData("ole.bak_gmail.com#EXT#@nordlysenergi.onmicrosoft.com", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData(Infrastructure.Graph.DemoTenant.DemoDirectory.CisoUpn, HttpStatusCode.Conflict)] // the CISO may, but there is nothing saved to send
    public async Task Only_the_CISO_sends_the_classification_to_the_board(string? upn, HttpStatusCode expected)
    {
        using var app = new TestApp();
        var (response, body) = await SendAsync(app, HttpMethod.Post, "/api/scope/approval", user: upn);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Conflict)
        {
            Assert.Equal("Save the scope answers before sending the classification to the board.", body!["detail"]!.GetValue<string>());
            Assert.Equal("The classification cannot be sent to the board now", body["title"]!.GetValue<string>());
            Assert.Equal("Gem svarene om anvendelsesområdet, før klassificeringen sendes til bestyrelsen.", body["detailDa"]!.GetValue<string>());
        }
    }
}
