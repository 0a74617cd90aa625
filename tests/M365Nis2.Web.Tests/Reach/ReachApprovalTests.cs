using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static M365Nis2.Web.Tests.Approvals.ApprovalHarness;

namespace M365Nis2.Web.Tests.Reach;

/// <summary>An approval round to board members who never had the app: installed for them, the card follows, once each.</summary>
public class ReachApprovalTests
{
    [Fact]
    public async Task Board_members_without_the_app_get_their_approval_card_once_it_is_installed()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        connector.RefuseCreates = true;
        var settings = new Dictionary<string, string?>(ReachEveryoneTests.Settings(connector)) { ["Approvals:CheckInterval"] = "00:00:01" };
        using var app = new TestApp(settings);
        await ReachEveryoneTests.KnownTenantAsync(app, connector);
        var board = new DemoDirectory(12).BoardMembers;

        var (policyId, version, _) = await UploadOkAsync(app, "Reach policy " + Guid.NewGuid().ToString("N")[..6]);
        var (response, started) = await StartAsync(app, Round(policyId, version));
        Assert.True(response.IsSuccessStatusCode, started?.ToJsonString());
        var roundId = started!["round"]!["roundId"]!.GetValue<string>();
        var notReachedAtStart = started["notReached"]!.AsArray();
        Assert.Equal(board.Count, notReachedAtStart.Count); // nobody had the app when the round started …
        Assert.All(notReachedAtStart, d => Assert.Equal(ReachTexts.Installing.Code, d!["reasonCode"]!.GetValue<string>()));
        Assert.All(notReachedAtStart, d => Assert.Equal(ReachTexts.Installing.Danish, d!["reasonDa"]!.GetValue<string>()));

        var round = await WaitForRoundAsync(app, roundId, r => r["delivery"]!.AsArray().All(d => d!["status"]!.GetValue<string>() == "Sent"));

        // … and once it was installed for them, each got exactly one card.
        Assert.Equal(board.Count, round["delivery"]!.AsArray().Count);
        Assert.All(board, m => Assert.Equal(1, ReachEveryoneTests.PromptsTo(connector, m, roundId)));
        var graph = app.Services.GetRequiredService<DemoGraphHost>().Server;
        Assert.All(board, m => Assert.Equal(1, graph.InstallRequests.GetValueOrDefault(m.Id)));
    }
}
