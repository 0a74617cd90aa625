using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static M365Nis2.Web.Tests.Incidents.IncidentTestApp;

namespace M365Nis2.Web.Tests.Incidents;

public class IncidentStatusTests
{
    private static readonly DateTimeOffset Start = new(2026, 6, 1, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Control_status_shows_register_and_deadline_performance()
    {
        using var t = new IncidentTestApp(Start);
        await t.ReportAsync(Employee);
        var significant = await t.ReportAsync(Employee, Report("Payment system down"));
        await t.ClassifySignificantAsync(significant);
        using var ciso = t.As(Ciso);
        t.Clock.Advance(TimeSpan.FromHours(2));
        await ciso.PostAsJsonAsync(U($"/api/incidents/{significant}/stages/early-warning/submitted"), new JsonObject());
        t.Clock.Advance(TimeSpan.FromHours(80)); // notification now overdue

        var status = (await ciso.GetFromJsonAsync<JsonArray>(U("/api/incidents/control-status")))!;

        var register = status.Single(s => s!["controlId"]!.GetValue<string>() == "art21.2.b")!;
        var deadlines = status.Single(s => s!["controlId"]!.GetValue<string>() == "art23")!;
        Assert.Equal(2, register["registerCount"]!.GetValue<int>());
        Assert.Equal(1, register["awaitingClassification"]!.GetValue<int>());
        Assert.Equal("attention", register["status"]!.GetValue<string>());
        Assert.Equal("overdue", deadlines["status"]!.GetValue<string>());
        Assert.Equal(1, deadlines["deadlinesMet"]!.GetValue<int>());
        Assert.Equal(1, deadlines["overdueNow"]!.GetValue<int>());
        Assert.Equal(1, deadlines["openSignificant"]!.GetValue<int>());
        using var employee = t.As(Employee);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync(U("/api/incidents/control-status"))).StatusCode);
    }

    [Fact]
    public async Task Requested_intermediate_report_gets_a_stage_with_its_due_date()
    {
        using var t = new IncidentTestApp(Start);
        var id = await t.ReportAsync(Employee);
        await t.ClassifySignificantAsync(id);
        using var ciso = t.As(Ciso);
        t.Clock.Advance(TimeSpan.FromDays(3));

        var requested = await ciso.PostAsJsonAsync(U($"/api/incidents/{id}/intermediate-request"),
            new JsonObject { ["dueBy"] = "2026-06-10T10:00:00Z" });
        var bad = await ciso.PostAsJsonAsync(U($"/api/incidents/{id}/intermediate-request"),
            new JsonObject { ["dueBy"] = "2026-05-01T10:00:00Z" });

        Assert.Equal(HttpStatusCode.OK, requested.StatusCode);
        var stage = Stage((await requested.Content.ReadFromJsonAsync<JsonObject>())!, "intermediate");
        Assert.Equal(new DateTimeOffset(2026, 6, 10, 10, 0, 0, TimeSpan.Zero), stage["due"]!.GetValue<DateTimeOffset>());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var draft = await ciso.PutAsJsonAsync(U($"/api/incidents/{id}/stages/intermediate/draft"), new JsonObject { ["status_update"] = "Contained" });
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
    }
}
