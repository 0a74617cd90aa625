using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Evidence;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static M365Nis2.Web.Tests.Approvals.ApprovalHarness;

namespace M365Nis2.Web.Tests.Hardening;

/// <summary>
/// Scale-out: two hosts on one storage (one Azurite, one prefix), as App Service runs two instances. What must happen
/// once happens once: votes, the decision notice and final card update, each recipient's prompt, a scheduled collection.
/// </summary>
public sealed class TwoInstanceTests
{
    [Fact]
    public async Task Votes_through_both_hosts_count_once_and_the_round_is_finished_once()
    {
        await using var connector = await FakeConnector.StartAsync();
        var prefix = AzuriteServer.NewPrefix();
        var settings = new Dictionary<string, string?> { ["Approvals:CardUpdatesPerSecond"] = "50" };
        using var a = new TestApp(settings, storagePrefix: prefix);
        using var b = new TestApp(settings, storagePrefix: prefix);
        foreach (var user in Demo.BoardMembers.Append(Demo.Ciso))
        {
            await InstallAsync(a, connector, user);
        }

        // Three rounds, because the double finish was a race (seen in 2 runs of 3).
        for (var run = 0; run < 3; run++)
        {
            var (policyId, version, hash) = await UploadOkAsync(a, "Scale-out policy " + Guid.NewGuid().ToString("N")[..6]);
            var (_, started) = await StartAsync(a, Round(policyId, version, "all"));
            var roundId = started!["round"]!["roundId"]!.GetValue<string>();

            // Every member clicks at once, alternating hosts, two of them twice (a double click lands on both hosts).
            var clicks = Demo.BoardMembers.Select((m, i) => VoteAsync(i % 2 == 0 ? a : b, connector, m, roundId, "approve", hash))
                .Concat(Demo.BoardMembers.Take(2).Select((m, i) => VoteAsync(i % 2 == 0 ? b : a, connector, m, roundId, "approve", hash)));
            await Task.WhenAll(clicks);

            var round = await WaitForRoundAsync(a, roundId, r => r["decisionArtefactId"] is not null);
            await Task.Delay(TimeSpan.FromSeconds(2)); // let both hosts' workers finish whatever they would do
            Assert.Equal(Demo.BoardMembers.Count, round["tally"]!["approved"]!.GetValue<int>());
            Assert.Equal(Demo.BoardMembers.Count, round["votes"]!.AsArray().Count);

            var notices = connector.SentActivities.Count(s => s.ConversationId == ConversationOf(Demo.Ciso)
                && s.Activity["text"]?.GetValue<string>().Contains(round["decisionArtefactId"]!.GetValue<string>()[..12], StringComparison.Ordinal) == true);
            Assert.Equal(1, notices);
            // The final card (decided, no vote buttons) replaces each approver's card once.
            var finalUpdates = connector.Requests.Where(r => r.Method == "PUT" && r.Body.Contains(roundId, StringComparison.Ordinal)
                && !r.Body.Contains("approval.vote", StringComparison.Ordinal)).Select(r => r.Path).ToList();
            Assert.True(finalUpdates.Count == Demo.BoardMembers.Count && finalUpdates.Distinct().Count() == Demo.BoardMembers.Count,
                $"run {run}: {finalUpdates.Count} final card updates for {Demo.BoardMembers.Count} approvers: {string.Join(", ", finalUpdates)}");
        }
    }

    [Fact]
    public async Task A_campaign_fan_out_continues_on_the_survivor_when_the_other_host_stops()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 300);
        var prefix = AzuriteServer.NewPrefix();
        var settings = new Dictionary<string, string?>
        {
            ["Bot:TenantId"] = FakeBotIssuer.TenantId,
            ["Graph:Demo:Employees"] = "300",
            ["Awareness:MaxSendsPerSecond"] = "30",
            ["Awareness:PollInterval"] = "00:00:00.200",
            ["Awareness:RetryDelay"] = "00:00:00",
        };
        var a = new TestApp(settings, storagePrefix: prefix);
        using var b = new TestApp(settings, storagePrefix: prefix);
        Assert.True((await a.PostActivityAsync(BotActivities.Install(connector.ServiceUrl).Unique(out _, out _))).IsSuccessStatusCode);
        using var ciso = b.Http(DemoDirectory.CisoUpn);
        var created = (await (await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = "phishing", audienceGroupId = DemoDirectory.AllStaffGroupId }))
            .Content.ReadFromJsonAsync<JsonObject>())!;
        var campaignId = created["campaignId"]!.GetValue<string>();
        var recipients = created["recipients"]!.GetValue<int>();

        await FanoutTests.WaitUntilAsync(() => connector.SendsPerUser.Count >= recipients / 4, TimeSpan.FromMinutes(2));
        a.Dispose(); // one instance goes away mid fan-out (whichever of the two was sending)

        JsonObject status = [];
        await FanoutTests.WaitUntilAsync(async () =>
        {
            status = (await ciso.GetFromJsonAsync<JsonObject>($"/api/awareness/campaigns/{campaignId}"))!;
            return status["pending"]!.GetValue<int>() == 0 && status["sending"]!.GetValue<int>() == 0;
        }, TimeSpan.FromMinutes(3));

        Assert.Equal(recipients, status["sent"]!.GetValue<int>());
        Assert.Equal(recipients, connector.SendsPerUser.Count);
        Assert.All(connector.SendsPerUser, s => Assert.Equal(1, s.Value));
    }

    [Fact]
    public async Task A_scheduled_collection_runs_once_across_both_hosts()
    {
        var prefix = AzuriteServer.NewPrefix();
        var settings = new Dictionary<string, string?> { ["Evidence:Enabled"] = "true", ["Evidence:FirstRunDelay"] = "00:00:00" };
        using var a = new TestApp(settings, storagePrefix: prefix);
        using var b = new TestApp(settings, storagePrefix: prefix);
        var runs = a.Services.GetRequiredService<EvidenceRunStore>();

        await FanoutTests.WaitUntilAsync(async () => (await runs.LatestAsync(5, RunStatuses.Succeeded, CancellationToken.None)).Count > 0, TimeSpan.FromMinutes(2));
        await Task.Delay(TimeSpan.FromSeconds(12)); // both schedulers tick again (every 10 s at the least)

        Assert.Single(await runs.LatestAsync(10, null, CancellationToken.None));
    }
}
