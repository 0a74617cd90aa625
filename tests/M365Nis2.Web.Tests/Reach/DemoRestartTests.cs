using System.Globalization;
using M365Nis2.Teams;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Reach;

/// <summary>
/// scripts/run.sh restarted on the same data: the demo's stored conversations name the demo server's Teams sink, so the
/// server comes back on the same port (<c>Graph:Demo:Port</c>) and sends to people reached before still go out.
/// </summary>
public class DemoRestartTests
{
    [Fact]
    public async Task After_a_restart_on_the_same_storage_demo_sends_to_people_reached_before_still_arrive()
    {
        var prefix = AzuriteServer.NewPrefix();
        var settings = new Dictionary<string, string?>
        {
            ["Graph:Demo:Employees"] = "12",
            ["Graph:Demo:Port"] = FreePort.Next().ToString(CultureInfo.InvariantCulture),
            ["AppInstall:RetryAfter"] = "00:00:00.300",
        };
        var person = new DemoDirectory(12).Users.First(u => u.Kind == DemoUserKind.Employee);

        using (var before = new TestApp(settings, storagePrefix: prefix))
        {
            // The first send installs the app for them; once the installation event stored the conversation, it goes out.
            await FanoutTests.WaitUntilAsync(async () => await SendAsync(before, "before the restart") is ProactiveResult.Sent, TimeSpan.FromSeconds(30));
        }

        using var after = new TestApp(settings, storagePrefix: prefix);
        var result = await SendAsync(after, "after the restart");

        Assert.IsType<ProactiveResult.Sent>(result);
        Assert.Equal(0, after.Services.GetRequiredService<DemoGraphHost>().Server.InstallRequests.GetValueOrDefault(person.Id)); // not installed again
        Assert.True(after.Services.GetRequiredService<DemoGraphHost>().Server.TeamsActivities >= 1);

        Task<ProactiveResult> SendAsync(TestApp app, string text) =>
            app.Services.GetRequiredService<ProactiveMessenger>().SendToUserAsync(person.Id, Activity.CreateMessage(text), default);
    }
}
