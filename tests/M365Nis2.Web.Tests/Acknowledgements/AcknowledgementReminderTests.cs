using M365Nis2.Web.Features.Acknowledgements;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static M365Nis2.Web.Tests.Acknowledgements.AckHarness;

namespace M365Nis2.Web.Tests.Acknowledgements;

/// <summary>Reminders on a fake clock: only to those asked who have not acknowledged, at most Acknowledgements:MaxReminders.</summary>
public class AcknowledgementReminderTests
{
    [Fact]
    public async Task Those_who_have_not_acknowledged_are_reminded_every_interval_up_to_the_maximum_and_the_others_never()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 300);
        using var app = new TestApp(new Dictionary<string, string?>
        {
            ["Bot:TenantId"] = FakeBotIssuer.TenantId,
            ["Graph:Demo:Employees"] = "4",
            ["Acknowledgements:JobEnabled"] = "false",
            ["Acknowledgements:ReminderIntervalDays"] = "4",
            ["Acknowledgements:MaxReminders"] = "2",
        }, configureServices: s => s.AddSingleton<TimeProvider>(clock));
        using var ticking = Tick(clock); // the host's own timers and delays run on the fake clock too
        await app.PostActivityAsync(BotActivities.Install(connector.ServiceUrl).Unique(out _, out _));
        var demo = new DemoDirectory(4);
        var job = app.Services.GetRequiredService<AcknowledgementJob>();
        var (policyId, version, _) = await ApprovedAsync(app, "Clean desk policy");
        await job.RunOnceAsync(default); // opens the campaign and sends every card
        var progress = await WaitUntilSentAsync(app, policyId, version, TimeSpan.FromSeconds(30));
        var done = demo.BoardMembers[0];
        var waiting = demo.BoardMembers[1];
        await ExecuteAsync(app, connector.ServiceUrl, done, Verb, DataOf(AckCards(connector, done.Id).Single()));

        for (var day = 1; day <= 12; day++)
        {
            clock.Advance(TimeSpan.FromDays(1));
            await job.RunOnceAsync(default);
        }

        Assert.Single(AckCards(connector, done.Id));
        var cards = AckCards(connector, waiting.Id);
        Assert.Equal(3, cards.Count); // the card, then two reminders (days 4 and 8), none after
        Assert.Contains(cards[1]["body"]!.AsArray(), b => b!["text"]?.GetValue<string>().StartsWith("Påmindelse", StringComparison.Ordinal) == true);
        var rows = await app.Services.GetRequiredService<AcknowledgementStore>().RecipientsOfAsync(
            AckCampaignRow.KeyOf(policyId, version), null, default);
        Assert.Equal(2, rows.Single(r => r.ObjectId == waiting.Id).RemindersSent);
        Assert.Equal(0, rows.Single(r => r.ObjectId == done.Id).RemindersSent);
        Assert.Equal(progress["recipients"]!.GetValue<int>(), rows.Count);
        await ticking.CancelAsync();
    }

    /// <summary>Moves the fake clock's timers along a little in real time so the job's poll timer fires.</summary>
    private static CancellationTokenSource Tick(FakeTimeProvider clock)
    {
        var cts = new CancellationTokenSource();
        _ = Task.Run(async () =>
        {
            while (!cts.IsCancellationRequested)
            {
                await Task.Delay(50);
                clock.Advance(TimeSpan.FromMilliseconds(100));
            }
        });
        return cts;
    }
}
