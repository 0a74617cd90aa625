using System.Net.Http.Json;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Reach;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Incidents;

/// <summary>The card that tells the CISO about a new incident, while the app is still being installed for her: kept, and delivered once.</summary>
public class IncidentNoticeReachTests
{
    [Fact]
    public async Task The_new_incident_card_to_a_ciso_being_installed_is_kept_and_delivered_once()
    {
        await using var reach = await BeingInstalled.StartAsync();
        using var app = new TestApp(reach.Settings());
        await reach.KnownTenantAsync(app);
        var ciso = new DemoDirectory(12).Ciso;
        const string WhatHappened = "Payroll files encrypted on the file server";
        static bool Card(string json) => json.Contains("application/vnd.microsoft.card.adaptive", StringComparison.Ordinal)
            && json.Contains(WhatHappened, StringComparison.Ordinal);

        using var employee = app.Http(IncidentTestApp.Employee);
        var report = await employee.PostAsJsonAsync("/api/incidents", IncidentTestApp.Report(WhatHappened));

        Assert.True(report.IsSuccessStatusCode, await report.Content.ReadAsStringAsync());
        await reach.AssertKeptThenDeliveredOnceAsync(app, ciso.Id, Card);
    }
}
