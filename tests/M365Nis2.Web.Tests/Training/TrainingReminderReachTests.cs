using M365Nis2.Web.Features.Training;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Reach;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace M365Nis2.Web.Tests.Training;

/// <summary>A training reminder (a card) to a board member the app is still being installed for is kept, and arrives once when it is installed.</summary>
public class TrainingReminderReachTests
{
    [Fact]
    public async Task A_reminder_to_a_member_being_installed_is_kept_and_delivered_once()
    {
        await using var reach = await BeingInstalled.StartAsync();
        using var app = new TestApp(reach.Settings(new Dictionary<string, string?> { ["Training:DailyJobEnabled"] = "false" }));
        await reach.KnownTenantAsync(app);
        var board = new DemoDirectory(12).BoardMembers;
        var job = app.Services.GetServices<IHostedService>().OfType<TrainingDailyJob>().Single();
        var graph = app.Services.GetRequiredService<DemoGraphHost>().Server;
        // The card in English or Danish (the installation's own welcome is not a reminder).
        static bool Reminder(string json) => json.Contains("management training", StringComparison.Ordinal) || json.Contains("ledelsestræning", StringComparison.Ordinal);

        await job.RunOnceAsync(default); // the demo board, nobody trained: the app is installed for each of them first
        Assert.All(board, m => Assert.Equal(1, graph.InstallRequests.GetValueOrDefault(m.Id)));

        await reach.AssertKeptThenDeliveredOnceAsync(app, [.. board.Select(m => m.Id)], Reminder);
        await job.RunOnceAsync(default); // the same day: reminded already

        Assert.All(board, m => Assert.Equal(1, reach.Delivered(m.Id, Reminder)));
    }
}
