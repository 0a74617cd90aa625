using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Awareness;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace M365Nis2.Web.Tests.Awareness;

/// <summary>The campaigns page's API: people per campaign (names for CISO and board), resend to those not reached, recurring campaigns claimed once.</summary>
public class CampaignAdminTests
{
    private static readonly DemoDirectory Demo = new();

    [Fact]
    public async Task Resend_reaches_only_those_not_reached_and_each_once()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        using var app = new TestApp(new Dictionary<string, string?>
        {
            ["Bot:TenantId"] = FakeBotIssuer.TenantId, ["Awareness:PollInterval"] = "00:00:00.200", ["Training:DailyJobEnabled"] = "false",
        });
        await app.PostActivityAsync(BotActivities.Install(connector.ServiceUrl).Unique(out _, out _));
        var board = Demo.BoardMembers;
        var campaignId = Guid.NewGuid().ToString("N");
        RecipientRow Row(int i, string state) => new() { PartitionKey = campaignId, RowKey = board[i].Id, DisplayName = board[i].DisplayName, ModuleId = "phishing", State = state };
        await app.Services.GetRequiredService<CampaignStore>().CreateAsync(
            new CampaignRow { RowKey = campaignId, ModuleId = "phishing", Audience = "test", CreatedBy = "test", RecipientCount = 5, CreatedAt = DateTimeOffset.UtcNow },
            [
                Row(0, RecipientStates.Failed),
                Row(1, RecipientStates.Unknown),
                Row(2, RecipientStates.OptedOut),
                Row(3, RecipientStates.Completed),
                Row(4, RecipientStates.Prompted),
            ], default);
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        using var boardHttp = app.Http(board[0].UserPrincipalName);
        using var employee = app.Http(Demo.Users.First(u => u.Kind == DemoUserKind.Employee).UserPrincipalName);

        var people = (await ciso.GetFromJsonAsync<JsonArray>($"/api/awareness/campaigns/{campaignId}/recipients"))!;
        Assert.Equal(new[] { board[0].DisplayName, board[1].DisplayName }.Order(StringComparer.Ordinal), people.Take(2).Select(p => p!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await boardHttp.GetAsync($"/api/awareness/campaigns/{campaignId}/recipients")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync($"/api/awareness/campaigns/{campaignId}/recipients")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await boardHttp.PostAsync($"/api/awareness/campaigns/{campaignId}/resend", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ciso.PostAsync("/api/awareness/campaigns/nope/resend", null)).StatusCode);
        Assert.Contains((await ciso.GetFromJsonAsync<JsonArray>("/api/awareness/campaigns"))!, c => c!["campaignId"]!.GetValue<string>() == campaignId);
        using var completer = app.Http(board[3].UserPrincipalName);
        var mine = Assert.Single((await completer.GetFromJsonAsync<JsonArray>("/api/awareness/mine"))!)!;
        Assert.Equal(RecipientStates.Completed, mine["state"]!.GetValue<string>());
        Assert.Equal(campaignId, mine["campaignId"]!.GetValue<string>());

        var resent = (await (await ciso.PostAsync($"/api/awareness/campaigns/{campaignId}/resend", null)).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, resent["resent"]!.GetValue<int>());
        await FanoutTests.WaitUntilAsync(() => connector.SendsPerUser.Count >= 2, TimeSpan.FromMinutes(2));
        await Task.Delay(1000);

        Assert.Equal(new[] { board[0].Id, board[1].Id }.Order(StringComparer.Ordinal), connector.SendsPerUser.Keys.Order(StringComparer.Ordinal));
        Assert.All(connector.SendsPerUser, s => Assert.Equal(1, s.Value));
        var after = (await ciso.GetFromJsonAsync<JsonArray>($"/api/awareness/campaigns/{campaignId}/recipients"))!;
        Assert.Equal(RecipientStates.OptedOut, after.Single(p => p!["objectId"]!.GetValue<string>() == board[2].Id)!["state"]!.GetValue<string>());
        Assert.All(after.Where(p => p!["objectId"]!.GetValue<string>() is var id && (id == board[0].Id || id == board[1].Id)),
            p => Assert.Equal(RecipientStates.Prompted, p!["state"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_recurring_campaign_is_launched_once_per_occurrence_by_two_instances()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 6, 0, 0, TimeSpan.Zero));
        var prefix = AzuriteServer.NewPrefix();
        var settings = new Dictionary<string, string?> { ["Awareness:FanoutEnabled"] = "false", ["Training:DailyJobEnabled"] = "false" };
        using var one = new TestApp(settings, storagePrefix: prefix, configureServices: s => s.AddSingleton<TimeProvider>(clock));
        using var two = new TestApp(settings, storagePrefix: prefix, configureServices: s => s.AddSingleton<TimeProvider>(clock));
        using var ciso = one.Http(DemoDirectory.CisoUpn);
        foreach (var (body, field) in new (object, string)[]
        {
            (new { moduleId = "phishing", everyMonths = 2, firstOn = "2026-03-02" }, "everyMonths"),
            (new { moduleId = "phishing", everyMonths = 3, firstOn = "2026-03-01" }, "firstOn"),
            (new { moduleId = "nope", everyMonths = 3, firstOn = "2026-03-02" }, "moduleId"),
        })
        {
            using var bad = await ciso.PostAsJsonAsync("/api/awareness/schedules", body);
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
            Assert.Contains(field, await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using var created = await ciso.PostAsJsonAsync("/api/awareness/schedules", new { moduleId = "phishing", audienceGroupId = DemoDirectory.AllStaffGroupId, everyMonths = 3, firstOn = "2026-03-02" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var scheduleId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        async Task<int> RunBothAsync() => (await Task.WhenAll(
            one.Services.GetRequiredService<CampaignSchedules>().RunDueAsync(default),
            two.Services.GetRequiredService<CampaignSchedules>().RunDueAsync(default))).Sum(l => l.Count);

        Assert.Equal(0, await RunBothAsync()); // 06:00, due at 07:00
        clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, await RunBothAsync());
        Assert.Equal(0, await RunBothAsync());
        clock.Advance(TimeSpan.FromDays(92));
        Assert.Equal(1, await RunBothAsync());

        var campaigns = (await ciso.GetFromJsonAsync<JsonArray>("/api/awareness/campaigns"))!;
        Assert.Equal([$"{scheduleId}-20260602", $"{scheduleId}-20260302"], campaigns.Select(c => c!["campaignId"]!.GetValue<string>()));
        var schedule = Assert.Single((await ciso.GetFromJsonAsync<JsonArray>("/api/awareness/schedules"))!)!;
        Assert.Equal(new DateTimeOffset(2026, 9, 2, 7, 0, 0, TimeSpan.Zero), schedule["nextAt"]!.GetValue<DateTimeOffset>());
        Assert.Equal(HttpStatusCode.NoContent, (await ciso.DeleteAsync($"/api/awareness/schedules/{scheduleId}")).StatusCode);
        Assert.Empty((await ciso.GetFromJsonAsync<JsonArray>("/api/awareness/schedules"))!);
    }
}
