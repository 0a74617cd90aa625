using System.Net.Http.Json;
using M365Nis2.Web.Features.Bot;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Reach;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Incidents;

/// <summary>The card that tells the CISO about a new incident, while the app is still being installed for her: kept, and delivered once.</summary>
public class IncidentNoticeReachTests
{
    [Fact]
    public async Task The_new_incident_card_to_a_ciso_being_installed_is_kept_and_delivered_once()
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
        var ciso = new DemoDirectory(12).Ciso;
        const string WhatHappened = "Payroll files encrypted on the file server";
        int Delivered() => connector.ActivitiesPerUser.TryGetValue(ciso.Id, out var sent)
            ? sent.Count(a => a["attachments"]?[0]?["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive"
                && a.ToJsonString().Contains(WhatHappened, StringComparison.Ordinal))
            : 0;

        using var employee = app.Http(IncidentTestApp.Employee);
        var report = await employee.PostAsJsonAsync("/api/incidents", IncidentTestApp.Report(WhatHappened));

        Assert.True(report.IsSuccessStatusCode, await report.Content.ReadAsStringAsync());
        var kept = await app.Services.GetRequiredService<WaitingNotices>().DueAsync(DateTimeOffset.MaxValue, DateTimeOffset.MaxValue, default);
        Assert.Contains(kept, n => n.ObjectId == ciso.Id && n.Activity is { } card && card.Contains(WhatHappened, StringComparison.Ordinal));
        Assert.Equal(0, Delivered());
        var notices = app.Services.GetRequiredService<NoticeSender>();
        await FanoutTests.WaitUntilAsync(async () => await notices.SendWaitingAsync(default) > 0 || Delivered() > 0, TimeSpan.FromSeconds(30));
        await notices.SendWaitingAsync(default);
        Assert.Equal(1, Delivered());
    }
}
