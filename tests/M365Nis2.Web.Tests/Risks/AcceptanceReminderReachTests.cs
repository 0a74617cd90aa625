using M365Nis2.Domain.Risks;
using M365Nis2.Web.Features.Risks;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
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
        await using var reach = await BeingInstalled.StartAsync();
        using var app = new TestApp(reach.Settings());
        await reach.KnownTenantAsync(app);
        var ciso = new DemoDirectory(12).Ciso; // the CISO and the risk's owner: one recipient
        var id = await RiskAsync(app, Risk(await AssetAsync(app)));
        await AcceptAsync(app, id, expiresInDays: 10);
        bool Reminder(string json) => json.Contains("expires on", StringComparison.Ordinal) && json.Contains(id, StringComparison.Ordinal);

        Assert.Equal(1, await app.Services.GetRequiredService<AcceptanceReminderRunner>().RunOnceAsync(default));

        await reach.AssertKeptThenDeliveredOnceAsync(app, ciso.Id, Reminder);
        Assert.Equal(0, await app.Services.GetRequiredService<AcceptanceReminderRunner>().RunOnceAsync(default)); // claimed: not again
        Assert.Equal(1, reach.Delivered(ciso.Id, Reminder));
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
