using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Awareness;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace M365Nis2.Web.Tests.Awareness;

/// <summary>The fan-out job against a connector fake that enforces Teams' per-tenant and per-thread limits with 429s.</summary>
public class FanoutTests(ITestOutputHelper output)
{
    private static Dictionary<string, string?> Settings(int employees, int sendsPerSecond) => new()
    {
        ["Bot:TenantId"] = FakeBotIssuer.TenantId,
        ["Graph:Demo:Employees"] = employees.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Bot:Outbound:TenantRequestsPerSecond"] = sendsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
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

    [Fact]
    public async Task A_launch_starts_sending_at_once_instead_of_at_the_next_poll()
    {
        // A poll of 30 minutes: only the launch's own wake-up can make these prompts go out within the test.
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        using var app = new TestApp(new Dictionary<string, string?>(Settings(20, 40)) { ["Awareness:PollInterval"] = "00:30:00" });
        await app.PostActivityAsync(BotActivities.Install(connector.ServiceUrl).Unique(out _, out _));
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var board = new DemoDirectory(20).BoardMembers;

        foreach (var (recipient, module) in new[] { (board[0].Id, "phishing"), (board[1].Id, "mfa_passwords") })
        {
            var launch = await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = module, recipientIds = new[] { recipient } });
            Assert.Equal(System.Net.HttpStatusCode.Created, launch.StatusCode);
            await WaitUntilAsync(() => connector.SendsPerUser.ContainsKey(recipient), TimeSpan.FromSeconds(20));
        }
    }

    [Fact]
    public async Task A_connector_that_throttles_gets_429s_honoured_and_still_everyone_is_prompted_once()
    {
        // The app asks for 40 calls/s, the fake allows 10: 429s with Retry-After must slow it down without losing anyone.
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 10);
        using var app = new TestApp(Settings(20, 40));
        await app.PostActivityAsync(BotActivities.Install(connector.ServiceUrl).Unique(out _, out _));
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var created = (await (await ciso.PostAsJsonAsync("/api/awareness/campaigns",
            new { moduleId = "mfa_passwords", audienceGroupId = DemoDirectory.AllStaffGroupId })).Content.ReadFromJsonAsync<JsonObject>())!;
        var recipients = created["recipients"]!.GetValue<int>();

        await WaitUntilAsync(() => connector.SendsPerUser.Count >= recipients, TimeSpan.FromMinutes(2));
        await Task.Delay(500);

        output.WriteLine($"429s: {connector.Throttled}, peak calls/s: {connector.PeakPerSecond}");
        Assert.True(connector.Throttled > 0, "the fake should have throttled an over-eager sender");
        Assert.Equal(recipients, connector.SendsPerUser.Count);
        Assert.All(connector.SendsPerUser, s => Assert.Equal(1, s.Value));
        var status = (await ciso.GetFromJsonAsync<JsonObject>($"/api/awareness/campaigns/{created["campaignId"]}"))!;
        Assert.Equal(recipients, status["sent"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_send_interrupted_by_a_crash_is_reported_unknown_and_never_repeated()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        var prefix = AzuriteServer.NewPrefix();
        var settings = Settings(20, 40);
        var board = new DemoDirectory(20).BoardMembers;
        var campaignId = Guid.NewGuid().ToString("N");
        using (var crashed = new TestApp(new Dictionary<string, string?>(settings) { ["Awareness:FanoutEnabled"] = "false" }, storagePrefix: prefix))
        {
            await crashed.PostActivityAsync(BotActivities.Install(connector.ServiceUrl).Unique(out _, out _));
            // What a runner that died mid-send leaves behind: one row Sending, one not yet started.
            await crashed.Services.GetRequiredService<CampaignStore>().CreateAsync(
                new CampaignRow { RowKey = campaignId, ModuleId = "phishing", Audience = "test", CreatedBy = "test", RecipientCount = 2 },
                [
                    new RecipientRow { PartitionKey = campaignId, RowKey = board[0].Id, ModuleId = "phishing", State = RecipientStates.Sending },
                    new RecipientRow { PartitionKey = campaignId, RowKey = board[1].Id, ModuleId = "phishing" },
                ], default);
        }

        using var restarted = new TestApp(settings, storagePrefix: prefix);
        using var ciso = restarted.Http(DemoDirectory.CisoUpn);
        JsonObject status = [];
        await WaitUntilAsync(async () =>
        {
            status = (await ciso.GetFromJsonAsync<JsonObject>($"/api/awareness/campaigns/{campaignId}"))!;
            return status["pending"]!.GetValue<int>() == 0 && status["sending"]!.GetValue<int>() == 0;
        }, TimeSpan.FromSeconds(60));

        Assert.Equal(1, status["unknown"]!.GetValue<int>());
        Assert.Equal(1, status["sent"]!.GetValue<int>());
        Assert.False(connector.SendsPerUser.ContainsKey(board[0].Id));
        Assert.Equal(1, connector.SendsPerUser[board[1].Id]);
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
