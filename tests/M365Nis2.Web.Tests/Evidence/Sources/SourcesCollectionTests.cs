using System.Net;
using System.Text.Json;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;

namespace M365Nis2.Web.Tests.Evidence.Sources;

/// <summary>Every source beyond (j) through the real Graph SDK against the demo tenant, end to end through the API.</summary>
public class SourcesCollectionTests
{
    private static readonly string[] Measures = ["art21.2.a", "art21.2.b", "art21.2.c", "art21.2.d", "art21.2.e", "art21.2.f", "art21.2.g", "art21.2.h", "art21.2.i", "art21.2.j"];

    [Fact]
    public async Task One_collection_gives_at_least_seven_measures_an_automated_status_with_actionable_findings()
    {
        using var t = new SourcesTestApp();
        var run = await t.CollectAndWaitAsync();
        Assert.Equal("succeeded", run.GetProperty("status").GetString());

        var sources = await t.GetJsonAsync($"/api/evidence/runs/{run.GetProperty("id").GetString()}/sources");
        Assert.Equal(5, sources.GetArrayLength());
        Assert.All(sources.EnumerateArray(), s => Assert.Equal("succeeded", s.GetProperty("status").GetString()));

        var automated = new List<string>();
        foreach (var measure in Measures)
        {
            using var http = t.Http();
            using var response = await http.GetAsync(new Uri($"/api/evidence/automated/{measure}", UriKind.Relative));
            if (response.StatusCode == HttpStatusCode.NotFound)
                continue;
            var detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
            var outcome = detail.GetProperty("measure").GetProperty("outcome").GetString();
            Assert.NotEqual("Unknown", outcome);
            // Actionable: a finding that is not merely informational, naming what to fix.
            Assert.Contains(detail.GetProperty("checks").EnumerateArray().SelectMany(c => c.GetProperty("findings").EnumerateArray()),
                f => f.GetProperty("severity").GetString() is "Medium" or "High");
            automated.Add(measure);
        }
        Assert.True(automated.Count >= 7, $"automated: {string.Join(", ", automated)}");
        Assert.Equal(["art21.2.b", "art21.2.c", "art21.2.e", "art21.2.f", "art21.2.h", "art21.2.i", "art21.2.j"], automated);
    }

    [Fact]
    public async Task Demo_faults_are_found_and_named()
    {
        using var t = new SourcesTestApp();
        await t.CollectAndWaitAsync();

        var devices = (await t.GetJsonAsync("/api/evidence/automated/art21.2.h")).GetProperty("checks").GetRawText();
        Assert.Contains("No compliance policy requires encryption for MacOS", devices, StringComparison.Ordinal);
        Assert.Contains("Turn on BitLocker drive encryption on all supported devices (6.5/9)", devices, StringComparison.Ordinal);

        var access = (await t.GetJsonAsync("/api/evidence/automated/art21.2.i")).GetProperty("checks").GetRawText();
        Assert.Contains("Ole Bak", access, StringComparison.Ordinal);           // guest who never signed in
        Assert.Contains("NE-LT-00017", access, StringComparison.Ordinal);       // stale device (index 16)

        var effectiveness = (await t.GetJsonAsync("/api/evidence/automated/art21.2.f")).GetProperty("checks").GetRawText();
        Assert.Contains("outside Privileged Identity Management", effectiveness, StringComparison.Ordinal);
        Assert.Contains("Secure Score", effectiveness, StringComparison.Ordinal);

        var handling = await t.GetJsonAsync("/api/evidence/automated/art21.2.b");
        Assert.Equal("NotMet", handling.GetProperty("measure").GetProperty("outcome").GetString());
        Assert.Contains("#301 Ransomware behaviour detected", handling.GetProperty("checks").GetRawText(), StringComparison.Ordinal);

        var backup = await t.GetJsonAsync("/api/evidence/automated/art21.2.c");
        Assert.Contains("No active protection policy for OneDrive", backup.GetProperty("checks").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Defender_high_severity_incidents_are_art23_candidates_and_attacks_are_counted_per_month()
    {
        using var t = new SourcesTestApp();
        await t.CollectAndWaitAsync();

        var candidates = await t.GetJsonAsync("/api/evidence/art23-candidates");
        Assert.True(candidates.GetProperty("isDemo").GetBoolean());
        var ids = candidates.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("incidentId").GetString()).ToList();
        Assert.Equal(["301", "288"], ids);
        Assert.StartsWith("https://security.microsoft.com/incidents/301", candidates.GetProperty("items")[0].GetProperty("webUrl").GetString(), StringComparison.Ordinal);

        var months = (await t.GetJsonAsync("/api/evidence/attacks-per-month", SourcesTestApp.Board)).GetProperty("items");
        Assert.InRange(months.GetArrayLength(), 3, 5);
        var detected = months.EnumerateArray().Sum(m => m.GetProperty("detected").GetInt32());
        Assert.Equal(17 - 4, detected); // 17 incidents in 90 days, 4 closed as false positives
    }

    [Fact]
    public async Task Forbidden_and_unlicensed_sources_are_unknown_naming_what_to_fix_never_met()
    {
        using var t = new SourcesTestApp();
        t.Graph.Faults.Inject("/security/secureScores", DemoGraphFault.Forbidden());
        t.Graph.Faults.Inject("/security/secureScoreControlProfiles", DemoGraphFault.Forbidden());
        t.Graph.Faults.Inject("/deviceManagement/managedDevices", DemoGraphFault.ServiceNotLicensed("Microsoft Intune"));
        t.Graph.Faults.Inject("/solutions/backupRestore", DemoGraphFault.Forbidden());
        var run = await t.CollectAndWaitAsync();

        var parts = (await t.GetJsonAsync($"/api/evidence/runs/{run.GetProperty("id").GetString()}/sources")).EnumerateArray()
            .ToDictionary(s => s.GetProperty("source").GetString()!);
        Assert.Equal("missing permission SecurityEvents.Read.All", parts["securescore"].GetProperty("unavailable").GetString());
        Assert.All(parts["securescore"].GetProperty("measures").EnumerateObject(), m => Assert.Equal("Unknown", m.Value.GetString()));
        Assert.Equal("Unknown", parts["intune"].GetProperty("measures").GetProperty("art21.2.i").GetString());
        Assert.Equal("Unknown", parts["backup"].GetProperty("measures").GetProperty("art21.2.c").GetString());

        var h = await t.GetJsonAsync("/api/evidence/automated/art21.2.h");
        Assert.Equal("Unknown", h.GetProperty("measure").GetProperty("outcome").GetString());
        var text = h.GetProperty("checks").GetRawText();
        Assert.Contains("requires Microsoft Intune", text, StringComparison.Ordinal);
        Assert.Contains("SecurityEvents.Read.All", text, StringComparison.Ordinal);
        Assert.Contains("BackupRestore-Configuration.Read.All", (await t.GetJsonAsync("/api/evidence/automated/art21.2.c")).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_source_stores_one_signed_artefact_per_run_that_verifies()
    {
        using var t = new SourcesTestApp();
        var run = await t.CollectAndWaitAsync();
        var parts = (await t.GetJsonAsync($"/api/evidence/runs/{run.GetProperty("id").GetString()}/sources")).EnumerateArray().ToList();
        foreach (var part in parts)
        {
            var artefact = await t.GetJsonAsync($"/api/artefacts/{part.GetProperty("artefactId").GetString()}");
            Assert.Equal("m365nis2/evidence.source/v1", artefact.GetProperty("schema").GetString());
            Assert.Equal(part.GetProperty("source").GetString(), artefact.GetProperty("source").GetString());
            Assert.Equal("demo data", artefact.GetProperty("dataLabel").GetString());
        }
        var intune = await t.GetJsonAsync($"/api/artefacts/{parts.Single(p => p.GetProperty("source").GetString() == "intune").GetProperty("artefactId").GetString()}");
        Assert.Equal(64, intune.GetProperty("sources").GetProperty("managedDevices").GetProperty("json").GetProperty("rows").GetInt32());
        var verify = await t.GetJsonAsync("/api/ledger/verify");
        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.GetRawText());
    }

    [Fact]
    public async Task Source_results_are_for_the_ciso_and_the_board_only()
    {
        using var t = new SourcesTestApp();
        using var employee = t.Http(SourcesTestApp.Employee);
        foreach (var path in new[] { "/api/evidence/sources", "/api/evidence/automated/art21.2.i", "/api/evidence/art23-candidates", "/api/evidence/attacks-per-month" })
            Assert.Equal(HttpStatusCode.Forbidden, (await employee.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        using var board = t.Http(SourcesTestApp.Board);
        Assert.Equal(HttpStatusCode.Forbidden, (await board.GetAsync(new Uri("/api/evidence/art23-candidates", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await board.GetAsync(new Uri("/api/evidence/sources", UriKind.Relative))).StatusCode);
        using var anonymous = t.App.Http();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(new Uri("/api/evidence/sources", UriKind.Relative))).StatusCode);
    }
}
