using M365Nis2.Web.Features.Bot;
using M365Nis2.Web.Features.Incidents;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Approvals;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Reach;
using Microsoft.Extensions.DependencyInjection;
using static M365Nis2.Web.Tests.Incidents.IncidentTestApp;

namespace M365Nis2.Web.Tests.Incidents;

/// <summary>
/// A deadline reminder (NIS2 Art. 23) to the CISO and the incident team while the app is still being installed for one
/// of them: the one reached now does not stand in for the other, who gets it once after the installation.
/// </summary>
public class IncidentReminderReachTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_deadline_reminder_reaches_the_ciso_now_and_a_team_member_being_installed_once_after_the_installation()
    {
        await using var reach = await BeingInstalled.StartAsync();
        var ciso = new DemoDirectory(12).Ciso;
        var member = ReachEveryoneTests.AllStaff().First(u => u.Kind == DemoUserKind.Employee && u.Id != ciso.Id);
        using var t = new IncidentTestApp(Start, reach.Settings(new Dictionary<string, string?> { ["Incidents:TeamUserIds:0"] = member.Id }));
        await reach.KnownTenantAsync(t.App);
        await InstallAsync(t, reach, ciso); // the CISO has the app; the team member has not
        var runner = t.App.Services.GetRequiredService<IncidentReminderRunner>();
        var id = await t.ReportAsync(Employee);
        await t.ClassifySignificantAsync(id);
        static bool Reminder(string json) => json.Contains("Reminder: Early warning", StringComparison.Ordinal);

        t.Clock.SetUtcNow(Start + TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1)); // 12 h before the 24 h early warning
        Assert.Equal(1, await runner.RunOnceAsync(default));
        Assert.Equal(1, reach.Delivered(ciso.Id, Reminder));
        Assert.Equal(1, t.App.Services.GetRequiredService<DemoGraphHost>().Server.InstallRequests.GetValueOrDefault(member.Id));
        Assert.Equal(0, await runner.RunOnceAsync(default)); // a second pass before the installation: claimed, nothing again

        await reach.AssertKeptThenDeliveredOnceAsync(t.App, member.Id, Reminder);
        Assert.Equal(0, await runner.RunOnceAsync(default));
        Assert.Equal(0, await t.App.Services.GetRequiredService<NoticeSender>().SendWaitingAsync(default));
        Assert.Equal((1, 1), (reach.Delivered(ciso.Id, Reminder), reach.Delivered(member.Id, Reminder)));
    }

    [Fact]
    public async Task A_team_member_the_connector_failed_for_gets_the_reminder_on_the_next_pass_and_the_ciso_not_again()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        var ciso = new DemoDirectory(12).Ciso;
        var member = ReachEveryoneTests.AllStaff().First(u => u.Kind == DemoUserKind.Employee && u.Id != ciso.Id);
        using var t = new IncidentTestApp(Start, new Dictionary<string, string?>(ReachEveryoneTests.Settings(connector))
        {
            ["Awareness:FanoutEnabled"] = "false",
            ["Incidents:TeamUserIds:0"] = member.Id,
        });
        await ReachEveryoneTests.KnownTenantAsync(t.App, connector);
        var runner = t.App.Services.GetRequiredService<IncidentReminderRunner>();
        var id = await t.ReportAsync(Employee);
        await t.ClassifySignificantAsync(id);
        int Reminders(string user) => connector.ActivitiesPerUser.TryGetValue(user, out var sent)
            ? sent.Count(a => a.ToJsonString().Contains("Reminder: Early warning", StringComparison.Ordinal)) : 0;

        connector.FailingUsers[member.Id] = true;
        t.Clock.SetUtcNow(Start + TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1)); // 12 h before the 24 h early warning
        Assert.Equal(1, await runner.RunOnceAsync(default));
        Assert.Equal((1, 0), (Reminders(ciso.Id), Reminders(member.Id)));

        connector.FailingUsers.Clear();
        t.Clock.Advance(TimeSpan.FromMinutes(15));
        Assert.Equal(1, await runner.RunOnceAsync(default));
        Assert.Equal(0, await runner.RunOnceAsync(default));
        Assert.Equal((1, 1), (Reminders(ciso.Id), Reminders(member.Id)));
    }

    /// <summary>The user installs the app in their personal chat, in English, on the being-installed world's connector.</summary>
    private static async Task InstallAsync(IncidentTestApp t, BeingInstalled reach, DemoUser user)
    {
        var activity = ApprovalHarness.Activity(reach.Connector.ServiceUrl, user, "installationUpdate");
        activity["action"] = "add";
        activity["locale"] = "en-US";
        using var response = await t.App.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode);
    }
}
