using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Xunit.Abstractions;

namespace M365Nis2.Web.Tests.Awareness;

/// <summary>The fan-out job against a connector fake that enforces Teams' per-tenant and per-thread limits with 429s.</summary>
public class FanoutTests(ITestOutputHelper output)
{
    private static Dictionary<string, string?> Settings(int employees, double sendsPerSecond) => new()
    {
        ["Bot:TenantId"] = FakeBotIssuer.TenantId,
        ["Graph:Demo:Employees"] = employees.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Awareness:MaxSendsPerSecond"] = sendsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Awareness:MaxParallelSends"] = "24",
        ["Awareness:PollInterval"] = "00:00:00.200",
        ["Awareness:RetryDelay"] = "00:00:00",
    };

    [Fact]
    public async Task Two_thousand_recipients_are_each_prompted_exactly_once_across_a_restart_half_way()
    {
        // The fake allows 300 calls/s (instead of Teams' 50) to keep the test short; the app paces itself to 250/s.
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 300);
        var settings = Settings(2000, 250);
        var prefix = AzuriteServer.NewPrefix();
        string campaignId;
        int recipients;
        using (var first = new TestApp(settings, storagePrefix: prefix))
        {
            Assert.True((await first.PostActivityAsync(BotActivities.Install(connector.ServiceUrl).Unique(out _, out _))).IsSuccessStatusCode);
            using var ciso = first.Http(DemoDirectory.CisoUpn);
            var launch = await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = "phishing", audienceGroupId = DemoDirectory.AllStaffGroupId });
            Assert.Equal(System.Net.HttpStatusCode.Created, launch.StatusCode);
            var created = (await launch.Content.ReadFromJsonAsync<JsonObject>())!;
            campaignId = created["campaignId"]!.GetValue<string>();
            recipients = created["recipients"]!.GetValue<int>();
            Assert.True(recipients >= 2000);
            await WaitUntilAsync(() => connector.SendsPerUser.Count >= recipients / 2, TimeSpan.FromMinutes(3));
        } // the first instance stops half way: no new sends start, sends in flight finish
        var promptedBeforeRestart = connector.SendsPerUser.Count;
        output.WriteLine($"prompted before restart: {promptedBeforeRestart} of {recipients}");
        Assert.InRange(promptedBeforeRestart, 1, recipients - 1);

        using var second = new TestApp(settings, storagePrefix: prefix);
        using var http = second.Http(DemoDirectory.CisoUpn);
        JsonObject status = [];
        await WaitUntilAsync(async () =>
        {
            status = (await http.GetFromJsonAsync<JsonObject>($"/api/awareness/campaigns/{campaignId}"))!;
            return status["pending"]!.GetValue<int>() == 0 && status["sending"]!.GetValue<int>() == 0;
        }, TimeSpan.FromMinutes(3));

        output.WriteLine($"429s: {connector.Throttled}, peak calls/s: {connector.PeakPerSecond}; {status.ToJsonString()}");
        Assert.Equal(recipients, status["sent"]!.GetValue<int>());
        Assert.Equal(0, status["unknown"]!.GetValue<int>());
        Assert.Equal(recipients, connector.SendsPerUser.Count);
        Assert.All(connector.SendsPerUser, s => Assert.Equal(1, s.Value));
        Assert.All(connector.CreatesPerUser, c => Assert.Equal(1, c.Value));
        Assert.InRange(connector.PeakPerSecond, 1, 300);
    }

    internal static async Task WaitUntilAsync(Func<bool> condition, TimeSpan timeout) =>
        await WaitUntilAsync(() => Task.FromResult(condition()), timeout);

    internal static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met in time");
            await Task.Delay(100);
        }
    }
}
