using M365Nis2.Web.Features.Suppliers;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Reach;
using Microsoft.Extensions.DependencyInjection;
using static M365Nis2.Web.Tests.Suppliers.SupplierTestApp;

namespace M365Nis2.Web.Tests.Suppliers;

/// <summary>A supplier reminder (a card) to an owner the app is still being installed for is sent by a later pass, once.</summary>
public sealed class SupplierReminderReachTests
{
    [Fact]
    public async Task A_reminder_to_an_owner_being_installed_is_not_lost_and_arrives_once_when_the_owner_has_the_app()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        connector.RefuseCreates = true;
        using var t = new SupplierTestApp(settings: new Dictionary<string, string?>(ReachEveryoneTests.Settings(connector)) { ["Awareness:FanoutEnabled"] = "false" });
        await ReachEveryoneTests.KnownTenantAsync(t.App, connector);
        var owner = new DemoDirectory(12).FindByUpn(Employee)!;
        var name = "Reach Drift " + Guid.NewGuid().ToString("N")[..6];
        var id = (await t.CreateAsync(Msp(name)))["id"]!.GetValue<string>();
        var runner = t.App.Services.GetRequiredService<SupplierReminderRunner>();
        int Delivered() => connector.ActivitiesPerUser.TryGetValue(owner.Id, out var sent)
            ? sent.Count(a => a.ToJsonString().Contains(name, StringComparison.Ordinal))
            : 0;

        Assert.Empty(await runner.RunAsync(default)); // the app is being installed for the owner: nothing sent, nothing spent
        Assert.Equal(1, t.Graph.InstallRequests.GetValueOrDefault(owner.Id));

        var sent = new List<SentReminder>();
        await FanoutTests.WaitUntilAsync(async () => { sent.AddRange(await runner.RunAsync(default)); return sent.Count > 0; }, TimeSpan.FromSeconds(30));
        sent.AddRange(await runner.RunAsync(default));
        sent.AddRange(await runner.RunAsync(default));

        Assert.Contains(sent, r => r.SupplierId == id && r.Kind == "assessment");
        Assert.Equal(sent.Count, sent.Select(r => r.Kind + r.Marker).Distinct().Count()); // each reminder once
        Assert.Equal(sent.Count, Delivered());
    }
}
