using System.Net;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Tab;

namespace M365Nis2.Web.Tests.Evidence.Sources;

/// <summary>The controls overview combines a measure's automated outcome with the CISO's uploads by the stated rule.</summary>
public class StatedRuleTests
{
    [Fact]
    public async Task Automated_status_shows_in_the_controls_overview_and_a_document_cannot_overrule_not_met()
    {
        using var t = new SourcesTestApp();
        await t.CollectAndWaitAsync();

        var i = (await t.GetJsonAsync("/api/controls/art21.2.i")).GetProperty("control");
        Assert.Equal("NotMet", i.GetProperty("status").GetString()); // two guests inactive
        Assert.Contains("Automated from", i.GetProperty("summary").GetString(), StringComparison.Ordinal);
        Assert.True(i.GetProperty("isDemo").GetBoolean());

        using var http = t.Http();
        using var upload = await http.PostAsync(new Uri("/api/controls/art21.2.i/evidence", UriKind.Relative), ManualEvidenceApiTests.Form());
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal("NotMet", (await t.GetJsonAsync("/api/controls/art21.2.i")).GetProperty("control").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unknown_automated_evidence_with_a_current_upload_is_partially_met()
    {
        using var t = new SourcesTestApp();
        t.Graph.Faults.Inject("/solutions/backupRestore", DemoGraphFault.Forbidden());
        await t.CollectAndWaitAsync();
        Assert.Equal("Unknown", (await t.GetJsonAsync("/api/controls/art21.2.c")).GetProperty("control").GetProperty("status").GetString());

        using var http = t.Http();
        using var upload = await http.PostAsync(new Uri("/api/controls/art21.2.c/evidence", UriKind.Relative),
            ManualEvidenceApiTests.Form(validUntil: DateTime.UtcNow.AddMonths(6).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);

        var c = (await t.GetJsonAsync("/api/controls/art21.2.c")).GetProperty("control");
        Assert.Equal("PartiallyMet", c.GetProperty("status").GetString());
        Assert.Contains("Documented by upload", c.GetProperty("summary").GetString(), StringComparison.Ordinal);
    }
}
