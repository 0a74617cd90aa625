using System.Net;
using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Approvals;
using M365Nis2.Web.Tests.Support;
using static M365Nis2.Web.Tests.Approvals.ApprovalHarness;
using static M365Nis2.Web.Tests.Risks.RiskHarness;

namespace M365Nis2.Web.Tests.Risks;

/// <summary>Board acceptance of a risk through the approval machinery, on the loopback fake connector.</summary>
public class RiskAcceptanceTests
{
    private static JsonObject Acceptance(int months = 6) => new()
    {
        ["justification"] = "Segmentation lands in Q3; the historian is read-only until then.",
        ["conditions"] = new JsonArray("Monthly restore test"),
        ["expiresOn"] = DateTime.UtcNow.AddMonths(months).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public async Task The_board_accepts_a_risk_above_appetite_and_the_acceptance_records_who_and_why()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp();
        foreach (var user in ApprovalHarness.Demo.BoardMembers)
            await InstallAsync(app, connector, user);
        var id = await RiskAsync(app, Risk(await AssetAsync(app)));

        var (response, body) = await SendAsync(app, HttpMethod.Post, $"/api/risks/{id}/acceptance", Acceptance());
        Assert.True(response.StatusCode == HttpStatusCode.OK, body?.ToJsonString());
        var roundId = body!["acceptanceRoundId"]!.GetValue<string>();
        var sha = body["acceptance"]!["riskSha256"]!.GetValue<string>();
        var card = connector.SentActivities.First(a => a.Activity.ToJsonString().Contains(roundId, StringComparison.Ordinal)).Activity.ToJsonString();
        Assert.Contains("Score", card, StringComparison.Ordinal);
        Assert.Contains("appetit", card, StringComparison.Ordinal); // the Danish board member's card, or the English one: both state the appetite

        foreach (var member in ApprovalHarness.Demo.BoardMembers.Take(3))
            await VoteAsync(app, connector, member, roundId, "approve", sha);

        var detail = await WaitForAsync(app, $"/api/risks/{id}", d => d["risk"]!["acceptance"]!["decision"]!.GetValue<string>() == "Accepted");
        var acceptance = detail["risk"]!["acceptance"]!;
        Assert.Equal(3, acceptance["acceptedBy"]!.AsArray().Count);
        Assert.Equal("Monthly restore test", acceptance["conditions"]![0]!.GetValue<string>());
        Assert.Equal("Valid", detail["risk"]!["posture"]!["acceptance"]!.GetValue<string>());
        Assert.Contains(detail["history"]!.AsArray(), h => h!["action"]!.GetValue<string>() == "accepted");
    }

    [Fact]
    public async Task The_requester_is_not_an_approver_and_a_material_change_after_acceptance_makes_it_stale()
    {
        await using var connector = await FakeConnector.StartAsync();
        var chair = ApprovalHarness.Demo.BoardMembers[0];
        using var app = new TestApp(new Dictionary<string, string?> { ["Roles:CisoUserIds:0"] = chair.Id, ["Roles:CisoUserIds:1"] = ApprovalHarness.Demo.Ciso.Id });
        foreach (var user in ApprovalHarness.Demo.BoardMembers)
            await InstallAsync(app, connector, user);
        var asset = await AssetAsync(app);
        var id = await RiskAsync(app, Risk(asset));

        var (_, body) = await SendAsync(app, HttpMethod.Post, $"/api/risks/{id}/acceptance", Acceptance(), user: chair.UserPrincipalName);
        var roundId = body!["acceptanceRoundId"]!.GetValue<string>();
        var sha = body["acceptance"]!["riskSha256"]!.GetValue<string>();
        var round = await GetRoundAsync(app, roundId);
        var own = await VoteAsync(app, connector, chair, roundId, "approve", sha);
        foreach (var member in ApprovalHarness.Demo.BoardMembers.Skip(1).Take(3))
            await VoteAsync(app, connector, member, roundId, "approve", sha);
        await WaitForAsync(app, $"/api/risks/{id}", d => d["risk"]!["acceptance"]!["decision"]!.GetValue<string>() == "Accepted");

        var changed = Risk(asset, 4, 4);
        var (put, _) = await SendAsync(app, HttpMethod.Put, $"/api/risks/{id}", changed);
        var (_, after) = await SendAsync(app, HttpMethod.Get, $"/api/risks/{id}");

        Assert.Equal(4, round["votes"]!.AsArray().Count + round["tally"]!["pending"]!.GetValue<int>());
        Assert.DoesNotContain(round["delivery"]!.AsArray(), d => d!["objectId"]!.GetValue<string>() == chair.Id);
        Assert.Equal("application/vnd.microsoft.activity.message", own["type"]!.GetValue<string>()); // a refusal, not a card
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("Stale", after!["risk"]!["posture"]!["acceptance"]!.GetValue<string>());
        Assert.Equal(["AcceptanceStale"], after["risk"]!["posture"]!["gaps"]!.AsArray().Select(g => g!.GetValue<string>()));
    }

    [Fact]
    public async Task An_acceptance_without_justification_or_within_appetite_is_refused_and_nothing_is_sent()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp();
        var asset = await AssetAsync(app);
        var high = await RiskAsync(app, Risk(asset));
        var low = await RiskAsync(app, Risk(asset, 1, 2));
        var noReason = Acceptance();
        noReason["justification"] = " ";

        var (r1, b1) = await SendAsync(app, HttpMethod.Post, $"/api/risks/{high}/acceptance", noReason);
        var (r2, b2) = await SendAsync(app, HttpMethod.Post, $"/api/risks/{low}/acceptance", Acceptance());
        var (r3, b3) = await SendAsync(app, HttpMethod.Post, $"/api/risks/{high}/acceptance", Acceptance(months: 13));

        Assert.Equal(HttpStatusCode.BadRequest, r1.StatusCode);
        Assert.Contains("justification", b1!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, r2.StatusCode);
        Assert.Contains("within the appetite", b2!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, r3.StatusCode);
        Assert.Contains("at most 12 months", b3!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(connector.SentActivities);
    }
}
