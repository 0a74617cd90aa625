using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Training;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Tests.Training;

public class TrainingApiTests
{
    private static readonly DemoDirectory Demo = new();

    private static async Task<string> AddCourseAsync(HttpClient ciso, string date = "2026-01-10")
    {
        var response = await ciso.PostAsJsonAsync("/api/training/courses",
            new { title = "NIS2 for boards", provider = "Dansk Industri", date, hours = 6, topics = new[] { "Governance", "Art. 23 reporting" } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    [Fact]
    public async Task Attendance_with_a_certificate_makes_the_member_current_and_stores_the_certificate_in_the_vault()
    {
        using var app = new TestApp(new Dictionary<string, string?> { ["Training:DailyJobEnabled"] = "false" });
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var courseId = await AddCourseAsync(ciso, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var member = Demo.BoardMembers[0];
        using var form = new MultipartFormDataContent
        {
            { new StringContent(courseId), "courseId" },
            { new StringContent(member.Id), "memberObjectId" },
        };
        var pdf = new ByteArrayContent("%PDF-1.7 certificate"u8.ToArray());
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(pdf, "certificate", "certificate.pdf");

        var recorded = await ciso.PostAsync("/api/training/attendance", form);

        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        var artefactId = (await recorded.Content.ReadFromJsonAsync<JsonObject>())!["certificateArtefactId"]!.GetValue<string>();
        Assert.Equal("%PDF-1.7 certificate", await ciso.GetStringAsync($"/api/artefacts/{artefactId}"));
        using var board = app.Http(member.UserPrincipalName);
        var status = (await board.GetFromJsonAsync<JsonObject>("/api/training/management"))!;
        var members = status["members"]!.AsArray();
        Assert.Equal(Demo.BoardMembers.Count, members.Count);
        var mine = members.Single(m => m!["objectId"]!.GetValue<string>() == member.Id)!;
        Assert.Equal("Current", mine["state"]!.GetValue<string>());
        Assert.Single(mine["courses"]!.AsArray());
        Assert.All(members.Where(m => m!["objectId"]!.GetValue<string>() != member.Id), m => Assert.Equal("Never", m!["state"]!.GetValue<string>()));

        var snapshot = await ciso.PostAsync("/api/training/snapshot", null);
        Assert.Equal(HttpStatusCode.OK, snapshot.StatusCode);
        var listed = (await ciso.GetFromJsonAsync<JsonArray>("/api/artefacts?control=art21.2.g"))!;
        Assert.Contains(listed, a => a!["kind"]!.GetValue<string>() == TrainingEvidence.Kind);
    }

    [Fact]
    public async Task Bad_training_input_is_refused_with_400_and_nothing_is_stored()
    {
        using var app = new TestApp(new Dictionary<string, string?> { ["Training:DailyJobEnabled"] = "false", ["Training:MaxCertificateBytes"] = "1024" });
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var courseId = await AddCourseAsync(ciso);

        Assert.Equal(HttpStatusCode.BadRequest, (await ciso.PostAsJsonAsync("/api/training/courses", new { title = "", provider = "x", date = "2026-01-01", hours = 2 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ciso.PostAsJsonAsync("/api/training/courses", new { title = "t", provider = "x", date = "2026-01-01", hours = 0 })).StatusCode);
        var employee = Demo.Users.First(u => u.Kind == DemoUserKind.Employee);
        Assert.Equal(HttpStatusCode.BadRequest, (await ciso.PostAsJsonAsync("/api/training/attendance", new { courseId, memberObjectId = employee.Id })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ciso.PostAsJsonAsync("/api/training/attendance", new { courseId = "nope", memberObjectId = Demo.BoardMembers[0].Id })).StatusCode);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(courseId), "courseId" },
            { new StringContent(Demo.BoardMembers[1].Id), "memberObjectId" },
        };
        var big = new ByteArrayContent(new byte[2048]);
        big.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(big, "certificate", "big.pdf");
        var oversize = await ciso.PostAsync("/api/training/attendance", form);
        Assert.Equal(HttpStatusCode.BadRequest, oversize.StatusCode);
        Assert.Contains("Training:MaxCertificateBytes", await oversize.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var status = (await ciso.GetFromJsonAsync<JsonObject>("/api/training/management"))!;
        Assert.All(status["members"]!.AsArray(), m => Assert.Empty(m!["courses"]!.AsArray()));
        Assert.Empty((await ciso.GetFromJsonAsync<JsonArray>("/api/artefacts?control=art20.2"))!);
        using var board = app.Http(Demo.BoardMembers[0].UserPrincipalName);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.PostAsJsonAsync("/api/training/courses", new { title = "t", provider = "p", date = "2026-01-01", hours = 1 })).StatusCode);
    }

    [Theory]
    [InlineData("Training:PeriodMonths", "0")]
    [InlineData("Training:MinimumCourses", "0")]
    [InlineData("Training:MinimumHours", "-1")]
    [InlineData("Training:DueSoonDays", "-5")]
    public void Invalid_training_options_fail_on_start_naming_the_key(string key, string value)
    {
        // The feature's own registration (ValidateOnStart uses the same validators): reading the options fails, naming the key.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value });
        builder.AddTraining();
        using var host = builder.Build();
        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<TrainingOptions>>().Value);
        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configured_rule_reaches_the_domain()
    {
        using var app = new TestApp(new Dictionary<string, string?> { ["Training:PeriodMonths"] = "24", ["Training:MinimumHours"] = "8", ["Training:DailyJobEnabled"] = "false" });
        var rule = app.Services.GetRequiredService<IOptions<TrainingOptions>>().Value.Rule;
        Assert.Equal(new M365Nis2.Domain.Training.TrainingRule(24, 1, 8m, 30), rule);
    }
}
