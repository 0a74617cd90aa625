using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static M365Nis2.Web.Tests.Incidents.IncidentTestApp;

namespace M365Nis2.Web.Tests.Incidents;

public class IncidentApiTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 28, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Significant_incident_timeline_shows_UTC_due_times_across_the_spring_DST_change()
    {
        using var t = new IncidentTestApp(Start);
        var id = await t.ReportAsync(Employee, Report(awareAt: DateTimeOffset.Parse("2026-03-28T10:00:00+01:00", System.Globalization.CultureInfo.InvariantCulture)));

        var suspected = await t.GetAsync(id);
        Assert.Equal("suspected", suspected["status"]!.GetValue<string>());
        Assert.Empty(suspected["timeline"]!.AsArray());

        await t.ClassifySignificantAsync(id);
        var incident = await t.GetAsync(id);

        Assert.Equal("significant", incident["status"]!.GetValue<string>());
        var early = Stage(incident, "early-warning");
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 9, 0, 0, TimeSpan.Zero), early["due"]!.GetValue<DateTimeOffset>());
        Assert.Equal(TimeSpan.Zero, early["due"]!.GetValue<DateTimeOffset>().Offset);
        Assert.Equal(21 * 3600, early["timeLeftSeconds"]!.GetValue<double>());
        Assert.Equal(new DateTimeOffset(2026, 3, 31, 9, 0, 0, TimeSpan.Zero), Stage(incident, "notification")["due"]!.GetValue<DateTimeOffset>());
        Assert.NotNull(Stage(incident, "final")["note"]); // provisional until the notification is submitted
        Assert.DoesNotContain(incident["timeline"]!.AsArray(), s => s!["stage"]!.GetValue<string>() == "intermediate");
        var drafts = incident["drafts"]!.AsArray();
        Assert.Equal(["early-warning", "notification", "final"], drafts.Select(d => d!["stage"]!.GetValue<string>()));
        Assert.Contains("suspected_malicious_cause", drafts[0]!["missing"]!.AsArray().Select(m => m!.GetValue<string>()));
    }

    [Fact]
    public async Task Overdue_stage_is_visible_after_its_deadline()
    {
        using var t = new IncidentTestApp(Start);
        var id = await t.ReportAsync(Ciso);
        await t.ClassifySignificantAsync(id);

        t.Clock.Advance(TimeSpan.FromHours(25));
        var early = Stage(await t.GetAsync(id), "early-warning");

        Assert.Equal("overdue", early["status"]!.GetValue<string>());
        Assert.True(early["overdue"]!.GetValue<bool>());
        Assert.Equal(-3600, early["timeLeftSeconds"]!.GetValue<double>());
    }

    [Fact]
    public async Task Same_idempotency_key_twice_creates_one_incident()
    {
        using var t = new IncidentTestApp(Start);
        using var employee = t.As(Employee);

        async Task<HttpResponseMessage> Post()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, U("/api/incidents")) { Content = JsonContent.Create(Report()) };
            request.Headers.Add("Idempotency-Key", "form-7c1d");
            return await employee.SendAsync(request);
        }
        var first = await Post();
        var second = await Post();

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        Assert.Equal(firstId, (await second.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>());
        using var ciso = t.As(Ciso);
        Assert.Single((await ciso.GetFromJsonAsync<JsonArray>(U("/api/incidents")))!);
    }

    [Theory]
    [InlineData("whatHappened", "", "'whatHappened' is required")]
    [InlineData("suspectedCause", "aliens", "'suspectedCause' must be one of")]
    [InlineData("crossBorder", "maybe", "'crossBorder' must be one of")]
    [InlineData("awareAt", "2026-03-29T12:00:00Z", "in the future")]
    public async Task Bad_report_is_400_with_a_clear_message_and_nothing_stored(string field, string value, string message)
    {
        using var t = new IncidentTestApp(Start);
        using var employee = t.As(Employee);
        var body = Report();
        body[field] = value;

        var response = await employee.PostAsJsonAsync(U("/api/incidents"), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var ciso = t.As(Ciso);
        Assert.Empty((await ciso.GetFromJsonAsync<JsonArray>(U("/api/incidents")))!);
    }

    [Fact]
    public async Task Only_the_CISO_classifies_and_a_reason_is_required()
    {
        using var t = new IncidentTestApp(Start);
        var id = await t.ReportAsync(Employee);
        var classification = new JsonObject { ["operationalOrFinancial"] = "yes", ["harmToOthers"] = "no", ["decision"] = "significant", ["reason"] = "Outage" };
        using var employee = t.As(Employee);
        using var ciso = t.As(Ciso);

        var byEmployee = await employee.PostAsJsonAsync(U($"/api/incidents/{id}/classify"), classification);
        classification["reason"] = " ";
        var withoutReason = await ciso.PostAsJsonAsync(U($"/api/incidents/{id}/classify"), classification);
        var unknown = await ciso.PostAsJsonAsync(U($"/api/incidents/{new string('a', 32)}/classify"), classification);

        Assert.Equal(HttpStatusCode.Forbidden, byEmployee.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Contains("reason", await withoutReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("suspected", (await t.GetAsync(id))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Reporters_see_their_own_incidents_and_the_CISO_sees_all()
    {
        using var t = new IncidentTestApp(Start);
        var mine = await t.ReportAsync(Employee);
        var theirs = await t.ReportAsync(BoardMember);
        using var employee = t.As(Employee);
        using var ciso = t.As(Ciso);

        var employeeList = (await employee.GetFromJsonAsync<JsonArray>(U("/api/incidents")))!;
        var cisoList = (await ciso.GetFromJsonAsync<JsonArray>(U("/api/incidents")))!;

        Assert.Equal([mine], employeeList.Select(i => i!["id"]!.GetValue<string>()));
        Assert.Equal(2, cisoList.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await employee.GetAsync(U($"/api/incidents/{theirs}"))).StatusCode);
        await t.ClassifySignificantAsync(mine);
        var asReporter = await t.GetAsync(mine, Employee);
        Assert.NotEmpty(asReporter["timeline"]!.AsArray());
        Assert.Empty(asReporter["drafts"]!.AsArray());
        Assert.NotEmpty((await t.GetAsync(mine))["drafts"]!.AsArray());
    }

    [Fact]
    public async Task Stages_of_an_incident_that_is_not_significant_are_409()
    {
        using var t = new IncidentTestApp(Start);
        var id = await t.ReportAsync(Employee);
        using var ciso = t.As(Ciso);

        var draft = await ciso.PutAsJsonAsync(U($"/api/incidents/{id}/stages/early-warning/draft"), new JsonObject { ["cross_border_impact"] = "No" });
        var submitted = await ciso.PostAsJsonAsync(U($"/api/incidents/{id}/stages/early-warning/submitted"), new JsonObject());
        var badStage = await ciso.PostAsJsonAsync(U($"/api/incidents/{id}/stages/late-warning/submitted"), new JsonObject());

        Assert.Equal(HttpStatusCode.Conflict, draft.StatusCode);
        Assert.Contains("not classified", await draft.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badStage.StatusCode);
    }
}
