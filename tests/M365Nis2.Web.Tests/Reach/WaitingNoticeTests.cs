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
        await using var reach = await BeingInstalled.StartAsync();
        var prefix = AzuriteServer.NewPrefix();
        // Here the instances' own NoticeRetryJob sends the kept notice.
        var settings = reach.Settings(new Dictionary<string, string?> { ["AppInstall:NoticeCheckInterval"] = "00:00:00.100" });
        using var a = new TestApp(settings, storagePrefix: prefix);
        using var b = new TestApp(settings, storagePrefix: prefix);
        await reach.KnownTenantAsync(a);
        var ciso = new DemoDirectory(12).Ciso;
        var text = "Round 4711 decided: approved " + Guid.NewGuid().ToString("N")[..6];
        bool Notice(string json) => json.Contains(text, StringComparison.Ordinal);

        var outcome = await a.Services.GetRequiredService<INotices>().TellAsync(ciso.Id, text, default);

        Assert.Equal(NoticeOutcome.Queued, outcome);
        await FanoutTests.WaitUntilAsync(() => reach.Delivered(ciso.Id, Notice) > 0, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // both instances keep looking: still only one
        Assert.Equal(1, reach.Delivered(ciso.Id, Notice));
    }

    [Fact]
    public async Task A_notice_to_someone_the_app_may_not_be_installed_for_is_not_reached_and_not_kept()
    {
        await using var reach = await BeingInstalled.StartAsync();
        using var app = new TestApp(reach.Settings(new Dictionary<string, string?> { ["Graph:Demo:RefuseAppInstall"] = "true" }));
        await reach.KnownTenantAsync(app);
        var person = ReachEveryoneTests.AllStaff().First(u => u.Kind == DemoUserKind.Employee);

        Assert.Equal(NoticeOutcome.NotReached, await app.Services.GetRequiredService<INotices>().TellAsync(person.Id, "hello", default));
        Assert.Empty(await app.Services.GetRequiredService<WaitingNotices>().DueAsync(DateTimeOffset.MaxValue, DateTimeOffset.MaxValue, default));
    }
}
