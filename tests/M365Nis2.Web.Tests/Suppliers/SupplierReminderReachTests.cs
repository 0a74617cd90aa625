using M365Nis2.Web.Features.Bot;
using M365Nis2.Web.Features.Suppliers;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Reach;
using Microsoft.Extensions.DependencyInjection;
using static M365Nis2.Web.Tests.Suppliers.SupplierTestApp;

namespace M365Nis2.Web.Tests.Suppliers;

/// <summary>A supplier reminder (a card) to an owner the app is still being installed for is kept, and arrives once when the owner has the app.</summary>
public sealed class SupplierReminderReachTests
{
    [Fact]
    public async Task A_reminder_to_an_owner_being_installed_is_kept_and_arrives_once_when_the_owner_has_the_app()
    {
        await using var reach = await BeingInstalled.StartAsync();
        using var t = new SupplierTestApp(settings: reach.Settings());
        await reach.KnownTenantAsync(t.App);
        var owner = new DemoDirectory(12).FindByUpn(Employee)!;
        var name = "Reach Drift " + Guid.NewGuid().ToString("N")[..6];
        var id = (await t.CreateAsync(Msp(name)))["id"]!.GetValue<string>();
        var runner = t.App.Services.GetRequiredService<SupplierReminderRunner>();
        bool Reminder(string json) => json.Contains(name, StringComparison.Ordinal);

        var sent = await runner.RunAsync(default); // the app is being installed for the owner: the card is kept
        Assert.Equal(1, t.Graph.InstallRequests.GetValueOrDefault(owner.Id));

        var reminder = Assert.Single(sent);
        Assert.Equal((id, "assessment", NoticeOutcome.Queued), (reminder.SupplierId, reminder.Kind, reminder.Outcome));
        await reach.AssertKeptThenDeliveredOnceAsync(t.App, owner.Id, Reminder);
        Assert.Empty(await runner.RunAsync(default)); // claimed: not again
        Assert.Equal(1, reach.Delivered(owner.Id, Reminder));
    }
}
