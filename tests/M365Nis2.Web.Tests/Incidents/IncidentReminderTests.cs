using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Incidents;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Bot;
using Microsoft.Extensions.DependencyInjection;
using static M365Nis2.Web.Tests.Incidents.IncidentTestApp;

namespace M365Nis2.Web.Tests.Incidents;

public class IncidentReminderTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Reminders_go_out_once_each_and_stop_for_a_submitted_stage()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var t = new IncidentTestApp(Start);
        var cisoConversation = await InstallCisoAsync(t, connector);
        var runner = t.App.Services.GetRequiredService<IncidentReminderRunner>();
        var id = await t.ReportAsync(Employee);
        await t.ClassifySignificantAsync(id);
        int Reminders(string stageTitle) => connector.SentActivities.Count(a => a.ConversationId == cisoConversation
            && a.Activity.ToJsonString().Contains($"Reminder: {stageTitle}", StringComparison.Ordinal));

        Assert.Contains(connector.SentActivities, a => a.ConversationId == cisoConversation
            && a.Activity.ToJsonString().Contains("New incident reported by", StringComparison.Ordinal));
        Assert.Equal(0, await runner.RunOnceAsync(default));

        int[] expected = [1, 2, 3];
        TimeSpan[] points = [TimeSpan.FromHours(12), TimeSpan.FromHours(20), TimeSpan.FromHours(23)];
        for (var i = 0; i < points.Length; i++)
        {
            t.Clock.SetUtcNow(Start + points[i] + TimeSpan.FromMinutes(1));
            await runner.RunOnceAsync(default);
            await runner.RunOnceAsync(default); // a second pass at the same point sends nothing more
            Assert.Equal(expected[i], Reminders("Early warning"));
        }

        using var ciso = t.As(Ciso);
        var submitted = await ciso.PostAsJsonAsync(U($"/api/incidents/{id}/stages/early-warning/submitted"), new JsonObject());
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        t.Clock.SetUtcNow(Start + TimeSpan.FromHours(25));
        await runner.RunOnceAsync(default);
        Assert.Equal(3, Reminders("Early warning")); // no overdue reminder: it was submitted

        t.Clock.SetUtcNow(Start + TimeSpan.FromHours(61));
        await runner.RunOnceAsync(default);
        await runner.RunOnceAsync(default);
        Assert.Equal(1, Reminders("Incident notification"));
        Assert.Equal(3, Reminders("Early warning"));
    }

    [Fact]
    public async Task Points_missed_while_the_job_was_down_are_covered_by_one_reminder()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var t = new IncidentTestApp(Start);
        var cisoConversation = await InstallCisoAsync(t, connector);
        var runner = t.App.Services.GetRequiredService<IncidentReminderRunner>();
        var id = await t.ReportAsync(Employee);
        await t.ClassifySignificantAsync(id);

        t.Clock.SetUtcNow(Start + TimeSpan.FromHours(23.5));
        await runner.RunOnceAsync(default);
        t.Clock.SetUtcNow(Start + TimeSpan.FromHours(23.9));
        await runner.RunOnceAsync(default);

        Assert.Single(connector.SentActivities, a => a.ConversationId == cisoConversation
            && a.Activity.ToJsonString().Contains("Reminder: Early warning", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Background_job_sends_the_due_reminder_when_the_clock_passes_its_interval()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var t = new IncidentTestApp(Start, new Dictionary<string, string?> { ["Incidents:ReminderInterval"] = "00:05:00" }, keepReminderJob: true);
        var cisoConversation = await InstallCisoAsync(t, connector);
        var id = await t.ReportAsync(Employee);
        await t.ClassifySignificantAsync(id);

        t.Clock.SetUtcNow(Start + TimeSpan.FromHours(12) + TimeSpan.FromMinutes(5));

        // The pass runs on the host's own loop; wait (bounded) for its message rather than for a time.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!connector.SentActivities.Any(a => a.ConversationId == cisoConversation
            && a.Activity.ToJsonString().Contains("Reminder: Early warning", StringComparison.Ordinal)))
        {
            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>The demo CISO installs the app in a personal chat whose serviceUrl is the fake connector.</summary>
    private static async Task<string> InstallCisoAsync(IncidentTestApp t, FakeConnector connector)
    {
        var install = BotActivities.Install(connector.ServiceUrl).Unique(out _, out var conversationId);
        install["from"]!["aadObjectId"] = new DemoDirectory(0).Ciso.Id;
        Assert.Equal(HttpStatusCode.OK, (await t.App.PostActivityAsync(install)).StatusCode);
        return conversationId;
    }
}
