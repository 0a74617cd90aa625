using M365Nis2.Domain.Tasks;
using M365Nis2.Web.Features.Tasks;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Approvals;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace M365Nis2.Web.Tests.Tasks;

/// <summary>The task job on a fake clock against the loopback connector: one card, then reminders once per point.</summary>
public class TaskReminderTests
{
    [Fact]
    public async Task The_owner_gets_one_card_then_one_reminder_per_point_before_and_after_the_due_date()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp(new Dictionary<string, string?> { ["Tasks:JobEnabled"] = "false", ["Bot:TenantId"] = FakeBotIssuer.TenantId },
            configureServices: s => s.AddSingleton<TimeProvider>(clock));
        var owner = new DemoDirectory().ItAdmins[0];
        await ApprovalHarness.InstallAsync(app, connector, owner);
        var job = app.Services.GetRequiredService<TaskJob>();
        await app.Services.GetRequiredService<IFollowUpTasks>().OpenAsync(new(owner.Id, "Rotate the backup encryption key", new DateOnly(2026, 3, 10),
            ["art21.2.h"], new TaskSource(TaskSourceKind.RiskTreatment, "risk-3/t-1")), default);
        int ToOwner() => connector.SentActivities.Count(a => a.ConversationId == ApprovalHarness.ConversationOf(owner));
        // The wheel opens its own tasks (to other owners) on the same run; only the owner's conversation counts here.
        string LastToOwner() => connector.SentActivities.Last(a => a.ConversationId == ApprovalHarness.ConversationOf(owner)).Activity.ToJsonString();
        var before = ToOwner(); // the welcome on install

        await job.RunOnceAsync(default);
        await job.RunOnceAsync(default);
        Assert.Equal(before + 1, ToOwner());
        Assert.Contains("Rotate the backup encryption key", LastToOwner(), StringComparison.Ordinal);

        clock.SetUtcNow(new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero)); // 7 days before
        await job.RunOnceAsync(default);
        await job.RunOnceAsync(default);
        Assert.Equal(before + 2, ToOwner());

        clock.SetUtcNow(new DateTimeOffset(2026, 3, 12, 8, 0, 0, TimeSpan.Zero)); // the 1-day point was missed: one overdue reminder covers it
        await job.RunOnceAsync(default);
        await job.RunOnceAsync(default);
        Assert.Equal(before + 3, ToOwner());
        Assert.Contains("overskredet", LastToOwner(), StringComparison.Ordinal); // the owner installed the app in Danish
    }
}
