using M365Nis2.Web.Features.Bot;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Reach;

/// <summary>A notice (e.g. to the CISO) for someone the app is being installed for is kept and sent once it is installed, once.</summary>
public class WaitingNoticeTests
{
    [Fact]
    public async Task A_notice_to_someone_being_installed_arrives_once_when_the_installation_is_due_even_with_two_instances()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        connector.RefuseCreates = true;
        var prefix = AzuriteServer.NewPrefix();
        var settings = new Dictionary<string, string?>(ReachEveryoneTests.Settings(connector))
        {
            ["AppInstall:NoticeCheckInterval"] = "00:00:00.100",
            ["Awareness:FanoutEnabled"] = "false",
        };
        using var a = new TestApp(settings, storagePrefix: prefix);
        using var b = new TestApp(settings, storagePrefix: prefix);
        await ReachEveryoneTests.KnownTenantAsync(a, connector);
        var ciso = new DemoDirectory(12).Ciso;
        var text = "Round 4711 decided: approved " + Guid.NewGuid().ToString("N")[..6];

        var outcome = await a.Services.GetRequiredService<INotices>().TellAsync(ciso.Id, text, default);

        Assert.Equal(NoticeOutcome.Queued, outcome);
        await FanoutTests.WaitUntilAsync(() => Task.FromResult(Delivered(connector, ciso, text) > 0), TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // both instances keep looking: still only one
        Assert.Equal(1, Delivered(connector, ciso, text));
    }

    [Fact]
    public async Task A_notice_to_someone_the_app_may_not_be_installed_for_is_not_reached_and_not_kept()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        connector.RefuseCreates = true;
        using var app = new TestApp(new Dictionary<string, string?>(ReachEveryoneTests.Settings(connector)) { ["Graph:Demo:RefuseAppInstall"] = "true" });
        await ReachEveryoneTests.KnownTenantAsync(app, connector);
        var person = ReachEveryoneTests.AllStaff().First(u => u.Kind == DemoUserKind.Employee);

        Assert.Equal(NoticeOutcome.NotReached, await app.Services.GetRequiredService<INotices>().TellAsync(person.Id, "hello", default));
        Assert.Empty(await app.Services.GetRequiredService<WaitingNotices>().DueAsync(DateTimeOffset.MaxValue, DateTimeOffset.MaxValue, default));
    }

    private static int Delivered(RateLimitingConnector connector, DemoUser user, string text) =>
        connector.ActivitiesPerUser.TryGetValue(user.Id, out var sent) ? sent.Count(x => x.ToJsonString().Contains(text, StringComparison.Ordinal)) : 0;
}
