using M365Nis2.Domain.Risks;
using M365Nis2.Web.Features.Bot;
using M365Nis2.Web.Features.Risks;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Reach;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static M365Nis2.Web.Tests.Risks.RiskHarness;

namespace M365Nis2.Web.Tests.Risks;

/// <summary>An acceptance reminder to someone the app is still being installed for is kept, and arrives once when it is installed.</summary>
public class AcceptanceReminderReachTests
{
    [Fact]
    public async Task An_expiry_reminder_to_an_owner_being_installed_is_kept_and_delivered_once()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        connector.RefuseCreates = true;
        using var app = new TestApp(new Dictionary<string, string?>(ReachEveryoneTests.Settings(connector))
        {
            ["Awareness:FanoutEnabled"] = "false",
            // The test sends the kept notices itself, so it can look at them first.
            ["AppInstall:NoticeCheckInterval"] = "01:00:00",
        });
        await ReachEveryoneTests.KnownTenantAsync(app, connector);
        var ciso = new DemoDirectory(12).Ciso; // the CISO and the risk's owner: one recipient
        var id = await RiskAsync(app, Risk(await AssetAsync(app)));
        await AcceptAsync(app, id, expiresInDays: 10);
        int Delivered() => connector.ActivitiesPerUser.TryGetValue(ciso.Id, out var sent)
            ? sent.Count(a => a.ToJsonString().Contains("expires on", StringComparison.Ordinal) && a.ToJsonString().Contains(id, StringComparison.Ordinal))
            : 0;

        Assert.Equal(1, await app.Services.GetRequiredService<AcceptanceReminderRunner>().RunOnceAsync(default));

        var kept = await app.Services.GetRequiredService<WaitingNotices>().DueAsync(DateTimeOffset.MaxValue, DateTimeOffset.MaxValue, default);
        Assert.Contains(kept, n => n.ObjectId == ciso.Id && n.Text.Contains(id, StringComparison.Ordinal));
        Assert.Equal(0, Delivered());
        var notices = app.Services.GetRequiredService<NoticeSender>();
        await FanoutTests.WaitUntilAsync(async () => await notices.SendWaitingAsync(default) > 0 || Delivered() > 0, TimeSpan.FromSeconds(30));
        await notices.SendWaitingAsync(default);
        Assert.Equal(0, await app.Services.GetRequiredService<AcceptanceReminderRunner>().RunOnceAsync(default)); // claimed: not again
        Assert.Equal(1, Delivered());
    }

    /// <summary>The board's acceptance written straight into storage: how the board decided is not what this test is about.</summary>
    private static async Task AcceptAsync(TestApp app, string id, int expiresInDays)
    {
        var store = app.Services.GetRequiredService<RiskStore>();
        var method = await app.Services.GetRequiredService<RiskMethodService>().CurrentAsync(default);
        var (stored, etag) = (await store.FindAsync(id, default))!.Value;
        var now = DateTimeOffset.UtcNow;
        var acceptance = new RiskAcceptance(id, RiskHashes.Risk(stored.Risk, method), stored.Risk.Owner, now, "Segmentation lands in Q3.", [],
            app.Services.GetRequiredService<RiskClock>().Today.AddDays(expiresInDays), AcceptanceDecision.Accepted, now,
            [new Person(Demo.BoardMembers[0].Id, Demo.BoardMembers[0].DisplayName)]);
        var version = stored.Version + 1;
        Assert.True(await store.TrySaveAsync(stored with { Acceptance = acceptance, Version = version },
            new RiskHistoryEntry(version, now, "test", "test", "accepted", [], null), etag, default));
    }
}
