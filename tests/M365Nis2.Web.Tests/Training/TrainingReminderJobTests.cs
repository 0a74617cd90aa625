using M365Nis2.Web.Features.Training;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace M365Nis2.Web.Tests.Training;

public class TrainingReminderJobTests
{
    [Fact]
    public async Task Untrained_board_members_are_reminded_once_a_day_not_on_every_run_and_a_snapshot_is_signed()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp(new Dictionary<string, string?> { ["Bot:TenantId"] = FakeBotIssuer.TenantId, ["Training:DailyJobEnabled"] = "false" });
        await app.PostActivityAsync(BotActivities.Install(connector.ServiceUrl).Unique(out _, out _));
        var job = app.Services.GetServices<IHostedService>().OfType<TrainingDailyJob>().Single();

        await job.RunOnceAsync(default);
        var remindersAfterFirstRun = Reminders(connector);
        await job.RunOnceAsync(default);

        Assert.Equal(5, remindersAfterFirstRun); // the demo board: nobody trained yet
        Assert.Equal(5, Reminders(connector));
        Assert.Equal(3, Reminders(connector, "ledelsestræning")); // the three Danish members (preferredLanguage da-DK) in Danish
        var evidence = await app.Services.GetRequiredService<IEvidenceVault>().ListByControlAsync("art20.2");
        Assert.Contains(evidence, a => a.Kind == TrainingEvidence.Kind);
    }

    private static readonly System.Text.Json.JsonSerializerOptions Readable = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reminder cards sent, in English or Danish.</summary>
    private static int Reminders(FakeConnector connector) =>
        connector.SentActivities.Count(a => a.Activity.ToJsonString(Readable) is var json
            && (json.Contains("management training", StringComparison.Ordinal) || json.Contains("ledelsestræning", StringComparison.Ordinal)));

    private static int Reminders(FakeConnector connector, string title) =>
        connector.SentActivities.Count(a => a.Activity.ToJsonString(Readable).Contains(title, StringComparison.Ordinal));
}
