using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Approvals;
using M365Nis2.Web.Tests.Support;
using static M365Nis2.Web.Tests.Approvals.ApprovalHarness;
using static M365Nis2.Web.Tests.Risks.RiskHarness;

namespace M365Nis2.Web.Tests.Risks;

/// <summary>The real Agents Playground as Anders Kjær's Teams client: the acceptance card states the risk; his Approve decides it; (a) changes.</summary>
public class RiskPlaygroundTests
{
    [Fact]
    public async Task A_board_member_accepts_a_risk_from_the_card_and_art_21_2_a_changes()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp();
        await using var playground = await AgentsPlayground.StartAsync(new Uri(app.BaseAddress, "/api/messages"), Board(0));
        await playground.InstallAsync();
        await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m) is not null); // welcome
        foreach (var member in ApprovalHarness.Demo.BoardMembers.Skip(1))
            await InstallAsync(app, connector, member);

        var asset = await AssetAsync(app);
        var covered = await RiskAsync(app, Risk(asset, 1, 2));
        var id = await RiskAsync(app, Risk(asset));
        await ApproveAssessmentAsync(app, connector);
        var before = await ControlAsync(app, "art21.2.a");

        var (_, requested) = await SendAsync(app, HttpMethod.Post, $"/api/risks/{id}/acceptance", new JsonObject
        {
            ["justification"] = "Segmentation lands in Q3.",
            ["expiresOn"] = DateTime.UtcNow.AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        var roundId = requested!["acceptanceRoundId"]!.GetValue<string>();
        var sha = requested["acceptance"]!["riskSha256"]!.GetValue<string>();
        foreach (var member in ApprovalHarness.Demo.BoardMembers.Skip(1).Take(2))
            await VoteAsync(app, connector, member, roundId, "approve", sha);

        var message = await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m)?.ToJsonString().Contains(roundId, StringComparison.Ordinal) == true);
        var card = AgentsPlayground.CardOf(message)!;
        var text = card.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains(id, text, StringComparison.Ordinal);
        var facts = card["body"]!.AsArray().Where(e => e!["type"]?.GetValue<string>() == "FactSet")
            .SelectMany(e => e!["facts"]!.AsArray()).ToDictionary(f => f!["title"]!.GetValue<string>(), f => Shown(f!["value"]!.GetValue<string>()));
        Assert.Equal("Mette Holm", facts["Owner"]);
        Assert.StartsWith("12 (L3 × I4) — above appetite 6", facts["Score vs appetite"], StringComparison.Ordinal);
        Assert.Equal("Segmentation lands in Q3.", facts["Justification"]);
        var approve = card["actions"]!.AsArray().First(a => a!["verb"]?.GetValue<string>() == "approval.vote")!;
        await playground.ExecuteAsync(message["messageId"]!.ToString(), "approval.vote", (JsonObject)approve["data"]!.DeepClone());

        await WaitForAsync(app, $"/api/risks/{id}", d => d["risk"]!["acceptance"]!["decision"]!.GetValue<string>() == "Accepted");
        var after = await ControlAsync(app, "art21.2.a");
        Assert.NotEqual("Met", before["control"]!["status"]!.GetValue<string>());
        Assert.Equal("Met", after["control"]!["status"]!.GetValue<string>());
        Assert.NotNull(covered);
        Assert.Empty(playground.ErrorsInLog());
    }

    /// <summary>Card text as Teams shows it: user text is Markdown-escaped (CardText.Escape), the backslashes do not show.</summary>
    private static string Shown(string markdown) => System.Text.RegularExpressions.Regex.Replace(markdown, @"\\(.)", "$1");

    /// <summary>The yearly assessment approved by three board members, so only the open risk stands between (a) and Met.</summary>
    private static async Task ApproveAssessmentAsync(TestApp app, FakeConnector connector)
    {
        var (_, record) = await SendAsync(app, HttpMethod.Post, "/api/risks/assessments");
        var roundId = record!["roundId"]!.GetValue<string>();
        var sha = record["snapshotArtefactId"]!.GetValue<string>();
        foreach (var member in ApprovalHarness.Demo.BoardMembers.Skip(1).Take(3))
            await VoteAsync(app, connector, member, roundId, "approve", sha);
        await WaitForAsync(app, "/api/risks/assessments", a => a.AsArray().Last()!["decision"]!.GetValue<string>() == "Approved");
    }
}
