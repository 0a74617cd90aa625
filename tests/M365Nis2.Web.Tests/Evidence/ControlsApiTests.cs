using System.Net;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Evidence;

public class ControlsApiTests
{
    [Fact]
    public async Task Controls_list_every_measure_a_to_j_and_art20_and_art23_with_j_judged_by_the_latest_run()
    {
        using var t = new EvidenceTestApp();
        var before = await t.GetJsonAsync("/api/controls", EvidenceTestApp.Employee);
        Assert.Equal("NoEvidenceYet", Find(before, "art21.2.j").GetProperty("status").GetString());

        var run = await t.CollectAndWaitAsync();
        var controls = await t.GetJsonAsync("/api/controls", EvidenceTestApp.Employee);

        var ids = controls.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Equal(["art21.2.a", "art21.2.b", "art21.2.c", "art21.2.d", "art21.2.e", "art21.2.f", "art21.2.g", "art21.2.h", "art21.2.i", "art21.2.j"],
            ids.Where(i => i!.StartsWith("art21.2.", StringComparison.Ordinal)));
        Assert.Contains("art20.1", ids);
        Assert.Contains("art20.2", ids);
        Assert.Contains("art23", ids);
        var j = Find(controls, "art21.2.j");
        Assert.Equal(run.GetProperty("overall").GetString(), j.GetProperty("status").GetString());
        Assert.True(j.GetProperty("isDemo").GetBoolean());
        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, j.GetProperty("lastEvidenceAt").ValueKind);
        Assert.False(string.IsNullOrEmpty(j.GetProperty("titleDa").GetString()));
        Assert.NotEmpty(j.GetProperty("iso27001").EnumerateArray());
        // (h) is judged by the sources beyond (j) (Intune, Secure Score) after the same run.
        Assert.Contains(Find(controls, "art21.2.h").GetProperty("status").GetString(), new[] { "Met", "PartiallyMet", "NotMet", "Unknown" });
    }

    [Fact]
    public async Task Incidents_approvals_and_training_report_their_controls_in_the_overview()
    {
        using var t = new EvidenceTestApp();
        var before = await t.GetJsonAsync("/api/controls", EvidenceTestApp.Employee);
        Assert.Equal("NoEvidenceYet", Find(before, "art21.2.b").GetProperty("status").GetString());
        Assert.NotEqual("NoAutomatedEvidence", Find(before, "art21.2.a").GetProperty("status").GetString());
        Assert.NotEqual("NoAutomatedEvidence", Find(before, "art20.1").GetProperty("status").GetString());
        Assert.NotEqual("NoAutomatedEvidence", Find(before, "art20.2").GetProperty("status").GetString());
        Assert.NotEqual("NoAutomatedEvidence", Find(before, "art21.2.g").GetProperty("status").GetString());

        using var employee = t.Http(EvidenceTestApp.Employee);
        using var reported = await employee.PostAsync(new Uri("/api/incidents", UriKind.Relative), new StringContent(
            """{"whatHappened":"Ransomware note on a file server","suspectedCause":"malicious","crossBorder":"no"}""",
            System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, reported.StatusCode);

        // A reported incident awaiting the CISO's classification is incident handling in progress, not yet Met.
        var after = await t.GetJsonAsync("/api/controls", EvidenceTestApp.Employee);
        Assert.Equal("PartiallyMet", Find(after, "art21.2.b").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Unknown_control_is_404_and_collect_is_for_the_ciso_only()
    {
        using var t = new EvidenceTestApp();
        using var employee = t.Http(EvidenceTestApp.Employee);
        using var board = t.Http(EvidenceTestApp.Board);

        using var unknown = await employee.GetAsync(new Uri("/api/controls/art21.2.z", UriKind.Relative));
        using var collectByBoard = await board.PostAsync(new Uri("/api/evidence/collect", UriKind.Relative), null);
        using var missingRun = await board.GetAsync(new Uri("/api/evidence/runs/nope", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, collectByBoard.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingRun.StatusCode);
    }

    [Theory]
    [InlineData("Evidence:MemberRegistrationPartialPercent", "99", "MemberRegistrationPartialPercent")]
    [InlineData("Evidence:PageSize", "5000", "Evidence:PageSize")]
    [InlineData("Evidence:LeaseDuration", "00:05:00", "Evidence:LeaseDuration")]
    public void Invalid_evidence_options_stop_the_host_naming_the_key(string key, string value, string named)
    {
        var error = Assert.ThrowsAny<Exception>(() => new TestApp(new Dictionary<string, string?> { [key] = value }).Dispose());
        Assert.True(error.ToString().Contains(named, StringComparison.Ordinal), error.ToString());
    }

    private static System.Text.Json.JsonElement Find(System.Text.Json.JsonElement controls, string id) =>
        controls.EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);
}
