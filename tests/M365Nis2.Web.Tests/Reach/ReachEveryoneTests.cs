using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Texts;
using M365Nis2.Teams;
using M365Nis2.Web.Features.Bot;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace M365Nis2.Web.Tests.Reach;

/// <summary>
/// "Reach everyone": people without the app get it installed through Graph (the demo tenant, behind the real SDK) and
/// are sent to once its installation event arrived; a connector fake refuses 1:1 chats with anyone who lacks the app,
/// as Teams does.
/// </summary>
public class ReachEveryoneTests(ITestOutputHelper output)
{
    private const int Employees = 12;

    internal static Dictionary<string, string?> Settings(RateLimitingConnector? connector) => new()
    {
        ["Bot:TenantId"] = FakeBotIssuer.TenantId,
        ["Graph:Demo:Employees"] = Employees.ToString(CultureInfo.InvariantCulture),
        ["Graph:Demo:TeamsServiceUrl"] = connector?.ServiceUrl.ToString(),
        ["Awareness:PollInterval"] = "00:00:00.200",
        ["Awareness:RetryDelay"] = "00:00:00",
        ["AppInstall:RetryAfter"] = "00:00:00.300",
        // The annual wheel would send the CISO her task cards at start, installing the app for her before the test begins.
        ["Tasks:JobEnabled"] = "false",
    };

    /// <summary>All Staff in the demo tenant: every licensed member (no guests, break-glass or scan-to-mail accounts).</summary>
    internal static IReadOnlyList<DemoUser> AllStaff() =>
        [.. new DemoDirectory(Employees).Users.Where(u => !u.IsGuest && u.Kind is not (DemoUserKind.BreakGlass or DemoUserKind.ServiceAccount))];

    [Fact]
    public async Task A_campaign_to_people_without_the_app_installs_it_and_reaches_each_of_them_exactly_once()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        connector.RefuseCreates = true;
        using var app = new TestApp(Settings(connector));
        var graph = app.Services.GetRequiredService<DemoGraphHost>().Server;
        await KnownTenantAsync(app, connector);
        using var ciso = app.Http(DemoDirectory.CisoUpn);

        var (campaignId, recipients) = await LaunchAsync(ciso);
        var status = await WaitUntilSentAsync(ciso, campaignId, TimeSpan.FromMinutes(2));
        output.WriteLine(status.ToJsonString());

        Assert.All(AllStaff(), u => Assert.True(connector.CreatesPerUser.GetValueOrDefault(u.Id) >= 1, "a 1:1 chat was tried first"));
        var staff = AllStaff();
        Assert.Equal(staff.Count, recipients);
        Assert.Equal(recipients, status["sent"]!.GetValue<int>());
        Assert.Equal(0, status["failed"]!.GetValue<int>());
        Assert.All(staff, u => Assert.Equal(1, graph.InstallRequests.GetValueOrDefault(u.Id)));
        Assert.All(staff, u => Assert.Equal(1, PromptsTo(connector, u, campaignId)));
        var rows = await RecipientsAsync(ciso, campaignId);
        Assert.All(rows, r => Assert.Null(r["failureReason"]?.GetValue<string>()));
    }

    [Fact]
    public async Task In_the_demo_as_run_sh_starts_it_a_campaign_to_all_staff_reaches_every_licensed_member()
    {
        // No bot tenant, no connector: the demo tenant's own Teams sink takes the sends, as with scripts/run.sh.
        using var app = new TestApp(new Dictionary<string, string?>
        {
            ["Graph:Demo:Employees"] = Employees.ToString(CultureInfo.InvariantCulture),
            ["Awareness:PollInterval"] = "00:00:00.200",
            ["AppInstall:RetryAfter"] = "00:00:00.300",
        });
        var graph = app.Services.GetRequiredService<DemoGraphHost>().Server;
        using var ciso = app.Http(DemoDirectory.CisoUpn);

        var (campaignId, recipients) = await LaunchAsync(ciso);
        var status = await WaitUntilSentAsync(ciso, campaignId, TimeSpan.FromMinutes(2));

        Assert.Equal(AllStaff().Count, recipients);
        Assert.Equal(recipients, status["sent"]!.GetValue<int>());
        Assert.True(graph.TeamsActivities >= 2 * recipients, $"{graph.TeamsActivities} calls to the demo's Teams sink: a welcome and a prompt each");
    }

    [Fact]
    public async Task Without_the_install_permission_the_CISO_sees_why_and_nobody_is_asked_or_sent_twice()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        connector.RefuseCreates = true;
        using var app = new TestApp(Settings(connector));
        var graph = app.Services.GetRequiredService<DemoGraphHost>().Server;
        foreach (var user in AllStaff())
        {
            graph.Faults.Inject($"/users/{user.Id}/teamwork/installedApps", DemoGraphFault.Forbidden(), times: 5);
        }
        await KnownTenantAsync(app, connector);
        using var ciso = app.Http(DemoDirectory.CisoUpn);

        var (campaignId, recipients) = await LaunchAsync(ciso);
        var status = await WaitUntilSentAsync(ciso, campaignId, TimeSpan.FromMinutes(2));
        output.WriteLine(status.ToJsonString());

        Assert.Equal(recipients, status["failed"]!.GetValue<int>());
        var rows = await RecipientsAsync(ciso, campaignId);
        Assert.All(rows, r => Assert.Equal(GraphAppInstaller.PermissionReason, r["failureReason"]!.GetValue<string>()));
        // Coded, so a Danish page shows it in Danish (the English stays the API's text).
        Assert.All(rows, r => Assert.Equal(ReachTexts.PermissionMissing.Code, r["failureCode"]!.GetValue<string>()));
        Assert.All(rows, r => Assert.Equal(ReachTexts.PermissionMissing.Danish, r["failureReasonDa"]!.GetValue<string>()));
        Assert.All(graph.InstallRequests, r => Assert.Equal(1, r.Value)); // the refusal is remembered, not asked again per retry
        Assert.All(AllStaff(), u => Assert.Equal(0, PromptsTo(connector, u, campaignId)));
    }

    [Fact]
    public async Task A_person_without_a_Teams_licence_is_not_reached_with_that_reason()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        connector.RefuseCreates = true;
        using var app = new TestApp(Settings(connector));
        var printer = new DemoDirectory(Employees).Users.First(u => u.Kind == DemoUserKind.ServiceAccount);

        var result = await app.Services.GetRequiredService<ProactiveMessenger>().SendToUserAsync(printer.Id, Activity.CreateMessage("hello"), default);

        var notReached = Assert.IsType<ProactiveResult.NoConversation>(result);
        Assert.Equal(GraphAppInstaller.LicenceReason, notReached.Reason);
        Assert.Equal(ReachTexts.NoLicence.Code, notReached.Code);
        Assert.False(notReached.IsWaitingForInstall);
    }

    [Fact]
    public async Task An_installation_whose_event_was_lost_is_reached_through_its_chat()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        connector.RefuseCreates = true;
        using var app = new TestApp(new Dictionary<string, string?>(Settings(connector)) { ["AppInstall:EventTimeout"] = "00:00:01" });
        await KnownTenantAsync(app, connector);
        var graph = app.Services.GetRequiredService<DemoGraphHost>().Server;
        graph.Options.LoseInstallEvents = true;
        var person = AllStaff().First(u => u.Kind == DemoUserKind.Employee);

        var first = await SendAsync(app, person);
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // no event within the timeout
        var second = await SendAsync(app, person);

        Assert.True(first is ProactiveResult.NoConversation { IsWaitingForInstall: true }, first.ToString());
        var sent = Assert.IsType<ProactiveResult.Sent>(second);
        Assert.StartsWith("19:", sent.ConversationId, StringComparison.Ordinal); // the installation's chat, read from Graph
        Assert.Equal(2, graph.InstallRequests[person.Id]); // asked again, answered 409 "already installed"
    }

    [Fact]
    public async Task Two_instances_on_one_storage_ask_Graph_once_per_person_and_both_then_reach_them()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 200);
        connector.RefuseCreates = true;
        var prefix = AzuriteServer.NewPrefix();
        var settings = new Dictionary<string, string?>(Settings(connector)) { ["Awareness:FanoutEnabled"] = "false" };
        using var a = new TestApp(settings, storagePrefix: prefix);
        using var b = new TestApp(settings, storagePrefix: prefix);
        var people = AllStaff().Take(8).ToList();

        // Both instances want to reach the same people at the same moment.
        var first = await Task.WhenAll(people.SelectMany(p => new[] { a, b }.Select(app => SendAsync(app, p))));
        Assert.All(first, r => Assert.True(r is ProactiveResult.NoConversation { IsWaitingForInstall: true } or ProactiveResult.Sent, r.ToString()));

        var requests = people.ToDictionary(p => p.Id, p => Requests(a, p) + Requests(b, p));
        Assert.All(requests, r => Assert.Equal(1, r.Value));
        foreach (var person in people)
        {
            await FanoutTests.WaitUntilAsync(async () => await SendAsync(person == people[0] ? a : b, person) is ProactiveResult.Sent, TimeSpan.FromSeconds(30));
        }
        Assert.All(people, p => Assert.Equal(1, Requests(a, p) + Requests(b, p)));
    }

    /// <summary>Someone outside the campaign once installed the app, so the tenant's connector is known and 1:1 chats are tried first.</summary>
    internal static async Task KnownTenantAsync(TestApp app, RateLimitingConnector connector) =>
        Assert.True((await app.PostActivityAsync(BotActivities.Install(connector.ServiceUrl).Unique(out _, out _))).IsSuccessStatusCode);

    private static Task<ProactiveResult> SendAsync(TestApp app, DemoUser user) =>
        app.Services.GetRequiredService<ProactiveMessenger>().SendToUserAsync(user.Id, Activity.CreateMessage("NIS2 notice"), default);

    private static int Requests(TestApp app, DemoUser user) =>
        app.Services.GetRequiredService<DemoGraphHost>().Server.InstallRequests.GetValueOrDefault(user.Id);

    internal static int PromptsTo(RateLimitingConnector connector, DemoUser user, string campaignId) =>
        connector.ActivitiesPerUser.TryGetValue(user.Id, out var sent) ? sent.Count(a => a.ToJsonString().Contains(campaignId, StringComparison.Ordinal)) : 0;

    internal static async Task<(string CampaignId, int Recipients)> LaunchAsync(HttpClient ciso)
    {
        var launch = await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = "phishing", audienceGroupId = DemoDirectory.AllStaffGroupId });
        Assert.Equal(HttpStatusCode.Created, launch.StatusCode);
        var created = (await launch.Content.ReadFromJsonAsync<JsonObject>())!;
        return (created["campaignId"]!.GetValue<string>(), created["recipients"]!.GetValue<int>());
    }

    internal static async Task<JsonObject> WaitUntilSentAsync(HttpClient ciso, string campaignId, TimeSpan timeout)
    {
        JsonObject status = [];
        await FanoutTests.WaitUntilAsync(async () =>
        {
            status = (await ciso.GetFromJsonAsync<JsonObject>($"/api/awareness/campaigns/{campaignId}"))!;
            return status["pending"]!.GetValue<int>() == 0 && status["sending"]!.GetValue<int>() == 0;
        }, timeout);
        return status;
    }

    private static async Task<IReadOnlyList<JsonNode>> RecipientsAsync(HttpClient ciso, string campaignId) =>
        [.. (await ciso.GetFromJsonAsync<JsonArray>($"/api/awareness/campaigns/{campaignId}/recipients"))!.OfType<JsonNode>()];
}
