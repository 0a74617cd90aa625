using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Xunit.Abstractions;
using static M365Nis2.Web.Tests.Acknowledgements.AckHarness;

namespace M365Nis2.Web.Tests.Acknowledgements;

/// <summary>The "read and accept" fan-out to 2 000 employees against the connector fake that enforces Teams' limits with 429s.</summary>
public class AcknowledgementFanoutTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Two_thousand_employees_each_get_exactly_one_card_across_a_restart_half_way()
    {
        // The fake allows 300 calls/s (instead of Teams' 50) to keep the test short; the app paces itself to 250/s.
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 300);
        var settings = new Dictionary<string, string?>
        {
            ["Bot:TenantId"] = FakeBotIssuer.TenantId,
            ["Graph:Demo:Employees"] = "2000",
            ["Bot:Outbound:TenantRequestsPerSecond"] = "250",
            ["Acknowledgements:MaxParallelSends"] = "24",
            ["Acknowledgements:PollInterval"] = "00:00:00.200",
            ["Acknowledgements:RetryDelay"] = "00:00:00",
        };
        var prefix = AzuriteServer.NewPrefix();
        string policyId;
        int version;
        int recipients;
        using (var first = new TestApp(settings, storagePrefix: prefix, configureServices: TestOutputLogger.Into(output)))
        {
            Assert.True((await first.PostActivityAsync(BotActivities.Install(connector.ServiceUrl).Unique(out _, out _))).IsSuccessStatusCode);
            (policyId, version, _) = await ApprovedAsync(first, "Information security policy");
            await FanoutTests.WaitUntilAsync(() => connector.ActivitiesPerUser.Count >= 1000, TimeSpan.FromMinutes(5));
        } // the first instance stops half way: no new sends start, sends in flight finish
        var askedBeforeRestart = connector.ActivitiesPerUser.Count;
        output.WriteLine($"asked before restart: {askedBeforeRestart}");

        using var second = new TestApp(settings, storagePrefix: prefix, configureServices: TestOutputLogger.Into(output));
        var progress = await WaitUntilSentAsync(second, policyId, version, TimeSpan.FromMinutes(5));
        recipients = progress["recipients"]!.GetValue<int>();

        output.WriteLine($"429s: {connector.Throttled}, peak calls/s: {connector.PeakPerSecond}; {progress.ToJsonString()}");
        Assert.True(recipients >= 2000, $"{recipients} recipients");
        Assert.InRange(askedBeforeRestart, 1, recipients - 1);
        Assert.Equal(recipients, progress["asked"]!.GetValue<int>());
        Assert.Equal(0, progress["unknown"]!.GetValue<int>());
        Assert.Equal(0, progress["failed"]!.GetValue<int>());
        var demo = new DemoDirectory(2000);
        var missing = demo.Users.Where(u => !u.IsGuest && !connector.ActivitiesPerUser.ContainsKey(u.Id)).Select(u => u.UserPrincipalName);
        output.WriteLine($"directory users without a card: {string.Join(", ", missing)}; conversations created: {connector.CreatesPerUser.Count}");
        Assert.Equal(recipients, connector.ActivitiesPerUser.Count);
        Assert.All(connector.ActivitiesPerUser, a => Assert.Single(a.Value));
        Assert.All(connector.CreatesPerUser, c => Assert.Equal(1, c.Value));
        Assert.InRange(connector.PeakPerSecond, 1, 300);
        Assert.All(demo.Guests, g => Assert.False(connector.ActivitiesPerUser.ContainsKey(g.Id)));
    }
}
