using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;

namespace M365Nis2.Web.Tests.Evidence;

/// <summary>The real Graph SDK against the demo tenant, end to end through the API: collect, poll, read the control.</summary>
public class EvidenceCollectionTests
{
    [Fact]
    public async Task Collection_through_paging_429_and_503_loses_no_page_and_shows_the_demo_findings()
    {
        using var t = new EvidenceTestApp(employees: 2_500, settings: new Dictionary<string, string?> { ["Evidence:RegistrationScan"] = "Full" });
        // Page 1 passes; page 2 gets a 429 (Retry-After 1 s), then a 503 (Retry-After 1 s), then is served.
        t.Graph.Faults.Inject(EvidenceTestApp.Registrations, DemoGraphFault.TooManyRequests(TimeSpan.FromSeconds(1)), after: 1);
        t.Graph.Faults.Inject(EvidenceTestApp.Registrations, DemoGraphFault.ServiceUnavailable(TimeSpan.FromSeconds(1)));

        var run = await t.CollectAndWaitAsync();

        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal(2, t.Graph.Faults.Served);
        Assert.Equal(1, run.GetProperty("throttled").GetInt32());
        Assert.Equal(5, run.GetProperty("requestsReports").GetInt32()); // 3 pages of 999 for 2 514 users + 2 retries
        Assert.Equal(5, t.Graph.RequestCount(EvidenceTestApp.Registrations));

        var artefactId = run.GetProperty("artefactId").GetString()!;
        var artefact = await t.GetJsonAsync($"/api/artefacts/{artefactId}");
        var registration = artefact.GetProperty("registration");
        var tally = registration.GetProperty("tally");
        var users = t.Graph.Directory.Users.Count;
        Assert.Equal(users, registration.GetProperty("digest").GetProperty("rows").GetInt32());
        Assert.Equal(3, registration.GetProperty("digest").GetProperty("pages").GetInt32());
        Assert.Equal(users, tally.GetProperty("enabledMembers").GetInt32() + tally.GetProperty("guests").GetInt32()
            + tally.GetProperty("disabledSkipped").GetInt32());
        Assert.True(artefact.GetProperty("isDemo").GetBoolean());

        var control = await t.GetJsonAsync("/api/controls/art21.2.j", EvidenceTestApp.Ciso); // names are for the CISO and the board
        var detail = control.GetProperty("detail");
        Assert.Equal(artefactId, detail.GetProperty("artefactId").GetString());
        Assert.True(detail.GetProperty("isDemo").GetBoolean());
        Assert.NotEqual("Met", detail.GetProperty("status").GetString());
        var text = detail.GetProperty("checks").GetRawText();
        Assert.Contains("Nikolaj Friis", text, StringComparison.Ordinal);                       // the unregistered admin
        Assert.Contains("CA-Exclusion-Legacy-Printers", text, StringComparison.Ordinal);       // the excluded group, by name
        Assert.Contains("CA003: Block legacy authentication", text, StringComparison.Ordinal); // report-only legacy block
        var legacy = Check(detail, "mfa.legacy-authentication");
        Assert.NotEqual("Met", legacy.GetProperty("outcome").GetString());
        Assert.Equal(run.GetProperty("id").GetString(), detail.GetProperty("history")[0].GetProperty("runId").GetString());
    }

    [Fact]
    public async Task Targeted_collection_reads_only_admins_and_the_unregistered_and_says_so_in_the_artefact()
    {
        using var t = new EvidenceTestApp(employees: 2_500);

        var run = await t.CollectAndWaitAsync();

        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal(3, run.GetProperty("requestsReports").GetInt32()); // summary, admins, 318 unregistered (one page each)
        var artefact = await t.GetJsonAsync($"/api/artefacts/{run.GetProperty("artefactId").GetString()}");
        var registration = artefact.GetProperty("registration");
        var scan = registration.GetProperty("scan");
        Assert.Equal("targeted", scan.GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Null, scan.GetProperty("fallbackReason").ValueKind);
        Assert.Equal(t.Graph.Directory.Users.Count, scan.GetProperty("totals").GetProperty("reportRows").GetInt32());
        var tally = registration.GetProperty("tally");
        Assert.Equal(t.Graph.Directory.Users.Count, tally.GetProperty("enabledMembers").GetInt32() + tally.GetProperty("guests").GetInt32());
        Assert.True(registration.GetProperty("digest").GetProperty("rows").GetInt32() < 400);
        var detail = (await t.GetJsonAsync("/api/controls/art21.2.j")).GetProperty("detail");
        Assert.Contains("Nikolaj Friis", detail.GetProperty("checks").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbidden_registration_report_makes_registration_unknown_naming_the_permission()
    {
        using var t = new EvidenceTestApp();
        t.Graph.Faults.Inject(EvidenceTestApp.Registrations, DemoGraphFault.Forbidden());

        var run = await t.CollectAndWaitAsync();

        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal("Unknown", run.GetProperty("checks").GetProperty("mfa.registration").GetString());
        Assert.NotEqual("Met", run.GetProperty("overall").GetString());
        Assert.Equal(JsonValueKind.Null, run.GetProperty("registrationPercent").ValueKind);
        var detail = (await t.GetJsonAsync("/api/controls/art21.2.j")).GetProperty("detail");
        Assert.Contains("AuditLog.Read.All", Check(detail, "mfa.registration").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_licence_makes_registration_unknown_naming_the_licence()
    {
        using var t = new EvidenceTestApp();
        t.Graph.Faults.Inject(EvidenceTestApp.Registrations, DemoGraphFault.LicenceRequired());

        var run = await t.CollectAndWaitAsync();

        Assert.Equal("Unknown", run.GetProperty("checks").GetProperty("mfa.registration").GetString());
        Assert.NotEqual("Met", run.GetProperty("overall").GetString());
        var detail = (await t.GetJsonAsync("/api/controls/art21.2.j")).GetProperty("detail");
        Assert.Contains("P1 or P2", Check(detail, "mfa.registration").GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Second_collect_while_one_runs_is_refused_and_the_artefact_verifies_with_the_raw_policies()
    {
        using var t = new EvidenceTestApp();
        // Holds the first run in the SDK's retry wait long enough for the second request to meet the lease.
        t.Graph.Faults.Inject(EvidenceTestApp.Registrations, DemoGraphFault.TooManyRequests(TimeSpan.FromSeconds(3)));
        using var http = t.Http();

        using var first = await http.PostAsync(new Uri("/api/evidence/collect", UriKind.Relative), null);
        using var second = await http.PostAsync(new Uri("/api/evidence/collect", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var runId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!;
        Assert.Equal(runId, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runningRunId").GetString());
        var run = await t.WaitForRunAsync(runId);
        Assert.Equal("succeeded", run.GetProperty("status").GetString());

        var verify = await t.GetJsonAsync("/api/ledger/verify");
        Assert.True(verify.GetProperty("ok").GetBoolean(), verify.GetRawText());
        using var raw = await http.GetAsync(new Uri($"/api/artefacts/{run.GetProperty("artefactId").GetString()}", UriKind.Relative));
        var json = await raw.Content.ReadAsStringAsync();
        Assert.Contains("enabledForReportingButNotEnforced", json, StringComparison.Ordinal);
        Assert.Contains("CA001: Require MFA for all users", json, StringComparison.Ordinal);
        Assert.Contains("isEnabled", json, StringComparison.Ordinal);

        using var third = await http.PostAsync(new Uri("/api/evidence/collect", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Accepted, third.StatusCode); // the lease was released
        await t.WaitForRunAsync((await third.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!);
    }

    internal static JsonElement Check(JsonElement detail, string key) =>
        detail.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("check").GetString() == key);
}
