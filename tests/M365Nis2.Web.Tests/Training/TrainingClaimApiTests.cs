using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Training;

/// <summary>Self-reported board training at the API: who may report and see what, rejection with a reason, one decision only, bad input.</summary>
public class TrainingClaimApiTests
{
    private static readonly DemoDirectory Demo = new();
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static MultipartFormDataContent Report(string title, string? date = null, string hours = "2", bool certificate = true, string type = "application/pdf")
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(title), "title" },
            { new StringContent("CFCS"), "provider" },
            { new StringContent(date ?? Today), "date" },
            { new StringContent(hours), "hours" },
        };
        if (certificate)
        {
            var file = new ByteArrayContent("%PDF-1.7 certificate"u8.ToArray());
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(file, "certificate", "certificate.pdf");
        }
        return form;
    }

    [Fact]
    public async Task A_rejected_report_says_why_counts_for_nothing_and_cannot_be_decided_again()
    {
        using var app = new TestApp(new Dictionary<string, string?> { ["Training:DailyJobEnabled"] = "false" });
        var member = Demo.BoardMembers[0];
        using var board = app.Http(member.UserPrincipalName);
        using var otherBoard = app.Http(Demo.BoardMembers[1].UserPrincipalName);
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        using var submitted = await board.PostAsync("/api/training/claims", Report("Cyber for directors"));
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        Assert.Single((await board.GetFromJsonAsync<JsonArray>("/api/training/claims"))!);
        Assert.Empty((await otherBoard.GetFromJsonAsync<JsonArray>("/api/training/claims"))!);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.PostAsJsonAsync($"/api/training/claims/{id}/decision", new { decision = "confirm" })).StatusCode);
        using var noReason = await ciso.PostAsJsonAsync($"/api/training/claims/{id}/decision", new { decision = "reject" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("note is required", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var unknownWord = await ciso.PostAsJsonAsync($"/api/training/claims/{id}/decision", new { decision = "approve" });
        Assert.Contains("decision", await unknownWord.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var rejected = await ciso.PostAsJsonAsync($"/api/training/claims/{id}/decision", new { decision = "reject", note = "The certificate names someone else" });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        using var again = await ciso.PostAsJsonAsync($"/api/training/claims/{id}/decision", new { decision = "confirm" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var mine = Assert.Single((await board.GetFromJsonAsync<JsonArray>("/api/training/claims"))!)!;
        Assert.Equal("Rejected", mine["state"]!.GetValue<string>());
        Assert.Equal("The certificate names someone else", mine["note"]!.GetValue<string>());
        Assert.NotNull(mine["decisionArtefactId"]);
        var status = (await ciso.GetFromJsonAsync<JsonObject>("/api/training/management"))!["members"]!.AsArray()
            .Single(m => m!["objectId"]!.GetValue<string>() == member.Id)!;
        Assert.Equal("Never", status["state"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await ciso.PostAsJsonAsync("/api/training/claims/nope/decision", new { decision = "confirm" })).StatusCode);
    }

    [Fact]
    public async Task Bad_reports_are_refused_with_400_naming_the_field_and_nothing_is_stored()
    {
        using var app = new TestApp(new Dictionary<string, string?> { ["Training:DailyJobEnabled"] = "false" });
        using var board = app.Http(Demo.BoardMembers[0].UserPrincipalName);
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var future = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        foreach (var (form, field) in new[]
        {
            (Report(""), "title"), (Report("t", date: future), "date"), (Report("t", date: "30/11/2026"), "date"), (Report("t", hours: "two"), "hours"),
            (Report("t", hours: "0"), "hours"), (Report("t", certificate: false), "certificate"), (Report("t", type: "text/html"), "certificate"),
        })
        {
            using var response = await board.PostAsync("/api/training/claims", form);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        using var json = await board.PostAsJsonAsync("/api/training/claims", new { title = "t" });
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        using var notOnBoard = await ciso.PostAsync("/api/training/claims", Report("CISO's own course"));
        Assert.Equal(HttpStatusCode.BadRequest, notOnBoard.StatusCode);
        using var unknownCourse = await board.PostAsync("/api/training/claims", new MultipartFormDataContent { { new StringContent("nope"), "courseId" } });
        Assert.Contains("courseId", await unknownCourse.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var employee = app.Http(Demo.Users.First(u => u.Kind == DemoUserKind.Employee).UserPrincipalName);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.PostAsync("/api/training/claims", Report("t"))).StatusCode);

        Assert.Empty((await ciso.GetFromJsonAsync<JsonArray>("/api/training/claims"))!);
        Assert.Empty((await ciso.GetFromJsonAsync<JsonArray>("/api/artefacts?control=art20.2"))!);
    }
}
