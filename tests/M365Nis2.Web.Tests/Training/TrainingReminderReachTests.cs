using M365Nis2.Web.Features.Training;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Reach;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace M365Nis2.Web.Tests.Training;

/// <summary>A training reminder (a card) to a board member the app is still being installed for is sent by the next run, once.</summary>
public class TrainingReminderReachTests
{
    [Fact]
    public async Task A_reminder_to_a_member_being_installed_is_sent_by_the_next_run_once()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        connector.RefuseCreates = true;
        using var app = new TestApp(new Dictionary<string, string?>(ReachEveryoneTests.Settings(connector))
        {
            ["Awareness:FanoutEnabled"] = "false",
            ["Training:DailyJobEnabled"] = "false",
        });
        await ReachEveryoneTests.KnownTenantAsync(app, connector);
        var board = new DemoDirectory(12).BoardMembers;
        var job = app.Services.GetServices<IHostedService>().OfType<TrainingDailyJob>().Single();
        var graph = app.Services.GetRequiredService<DemoGraphHost>().Server;
        int Reminded(DemoUser member) => connector.ActivitiesPerUser.TryGetValue(member.Id, out var sent)
            ? sent.Count(a => a.ToJsonString(Readable) is var json
                && (json.Contains("management training", StringComparison.Ordinal) || json.Contains("ledelsestræning", StringComparison.Ordinal)))
            : 0; // the card in English or Danish (the installation's own welcome is not a reminder)

        await job.RunOnceAsync(default); // the demo board, nobody trained: the app is installed for each of them first
        Assert.All(board, m => Assert.Equal(0, Reminded(m)));
        Assert.All(board, m => Assert.Equal(1, graph.InstallRequests.GetValueOrDefault(m.Id)));

        await FanoutTests.WaitUntilAsync(async () =>
        {
            await job.RunOnceAsync(default);
            return board.All(m => Reminded(m) > 0);
        }, TimeSpan.FromSeconds(30));
        await job.RunOnceAsync(default);

        Assert.All(board, m => Assert.Equal(1, Reminded(m)));
    }

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
