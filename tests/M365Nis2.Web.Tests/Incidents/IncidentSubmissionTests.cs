using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using static M365Nis2.Web.Tests.Incidents.IncidentTestApp;

namespace M365Nis2.Web.Tests.Incidents;

public class IncidentSubmissionTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 7, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Submitted_stage_is_signed_into_the_vault_with_its_time_and_fields_and_the_chain_verifies()
    {
        using var t = new IncidentTestApp(Start);
        var id = await t.ReportAsync(Employee);
        await t.ClassifySignificantAsync(id);
        using var ciso = t.As(Ciso);
        var fields = new JsonObject { ["suspected_malicious_cause"] = "Yes: DDoS from a botnet suspected", ["cross_border_impact"] = "No" };

        var draft = await ciso.PutAsJsonAsync(U($"/api/incidents/{id}/stages/early-warning/draft"), fields);
        var export = await ciso.GetStringAsync(U($"/api/incidents/{id}/stages/early-warning/export?format=text&lang=da"));
        t.Clock.Advance(TimeSpan.FromHours(3));
        var submitted = await ciso.PostAsJsonAsync(U($"/api/incidents/{id}/stages/early-warning/submitted"),
            new JsonObject { ["submittedAt"] = "2026-05-04T09:30:00+02:00" });

        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);
        Assert.True((await draft.Content.ReadFromJsonAsync<JsonObject>())!["complete"]!.GetValue<bool>());
        Assert.StartsWith("Tidlig varsling", export, StringComparison.Ordinal);
        Assert.Contains("DDoS from a botnet", export, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var result = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!;
        var artefactId = result["artefactId"]!.GetValue<string>();
        Assert.Equal("submitted_on_time", Stage(await t.GetAsync(id), "early-warning")["status"]!.GetValue<string>());

        var artefact = JsonNode.Parse(await ciso.GetStringAsync(U($"/api/artefacts/{artefactId}")))!;
        Assert.Equal("2026-05-04T07:30:00.0000000+00:00", artefact["submittedAt"]!.GetValue<string>());
        Assert.Equal("early_warning", artefact["stage"]!.GetValue<string>());
        Assert.Contains("DDoS from a botnet", artefact["report"]!.ToJsonString(), StringComparison.Ordinal);
        var verify = (await ciso.GetFromJsonAsync<JsonObject>(U("/api/ledger/verify")))!;
        Assert.True(verify["ok"]!.GetValue<bool>());
        var listed = (await ciso.GetFromJsonAsync<JsonArray>(U("/api/artefacts?control=art23")))!;
        Assert.Contains(listed, a => a!["id"]!.GetValue<string>() == artefactId);
    }

    [Fact]
    public async Task Submitting_the_notification_moves_the_final_report_deadline_to_one_month_after_it()
    {
        using var t = new IncidentTestApp(Start);
        var id = await t.ReportAsync(Employee);
        await t.ClassifySignificantAsync(id);
        using var ciso = t.As(Ciso);
        t.Clock.Advance(TimeSpan.FromHours(30));

        var first = await ciso.PostAsJsonAsync(U($"/api/incidents/{id}/stages/notification/submitted"), new JsonObject());
        var again = await ciso.PostAsJsonAsync(U($"/api/incidents/{id}/stages/notification/submitted"), new JsonObject());

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var firstResult = (await first.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(firstResult["artefactId"]!.GetValue<string>(), (await again.Content.ReadFromJsonAsync<JsonObject>())!["artefactId"]!.GetValue<string>());
        var final = Stage(await t.GetAsync(id), "final");
        // Submitted 2026-05-05T13:00Z (15:00 Copenhagen) → due 2026-06-05 15:00 Copenhagen = 13:00Z; no longer provisional.
        Assert.Equal(new DateTimeOffset(2026, 6, 5, 13, 0, 0, TimeSpan.Zero), final["due"]!.GetValue<DateTimeOffset>());
        Assert.Null(final["note"]);
        Assert.Equal("overdue", Stage(await t.GetAsync(id), "early-warning")["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_draft_field_and_submission_before_awareness_are_400_and_intermediate_without_request_is_409()
    {
        using var t = new IncidentTestApp(Start);
        var id = await t.ReportAsync(Employee);
        await t.ClassifySignificantAsync(id);
        using var ciso = t.As(Ciso);

        var badField = await ciso.PutAsJsonAsync(U($"/api/incidents/{id}/stages/early-warning/draft"), new JsonObject { ["root_cause"] = "x" });
        var early = await ciso.PostAsJsonAsync(U($"/api/incidents/{id}/stages/final/submitted"), new JsonObject { ["submittedAt"] = "2026-05-01T00:00:00Z" });
        var intermediate = await ciso.PutAsJsonAsync(U($"/api/incidents/{id}/stages/intermediate/draft"), new JsonObject { ["status_update"] = "x" });
        var badFormat = await ciso.GetAsync(U($"/api/incidents/{id}/stages/final/export?format=pdf"));

        Assert.Equal(HttpStatusCode.BadRequest, badField.StatusCode);
        Assert.Contains("has no field 'root_cause'", await badField.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, intermediate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Equal("upcoming", Stage(await t.GetAsync(id), "final")["status"]!.GetValue<string>());
    }
}
