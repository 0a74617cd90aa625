using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using M365Nis2.Web.Tests.Vault;

namespace M365Nis2.Web.Tests.DemoStory;

/// <summary>The demo story: seeded once into an empty store through the app's own services, and only when asked for.</summary>
public sealed class DemoStoryTests
{
    // The acknowledgement job would put the story's approved policy to staff and sign snapshots in the background, so the
    // ledger would keep growing after seeding; these tests count what seeding alone signed.
    public static readonly Dictionary<string, string?> Seeding = new() { ["Demo:SeedStory"] = "true", ["Acknowledgements:JobEnabled"] = "false" };

    /// <summary>Waits until the story is no longer being seeded and returns /api/demo/story.</summary>
    public static async Task<JsonElement> StoryAsync(TestApp app)
    {
        using var http = app.Http(DemoDirectory.CisoUpn);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var story = await http.GetFromJsonAsync<JsonElement>("/api/demo/story");
            var state = story.GetProperty("state");
            if (state.ValueKind == JsonValueKind.Null && !story.GetProperty("enabled").GetBoolean() || state.ValueKind == JsonValueKind.String && state.GetString() != "seeding")
                return story;
            Assert.True(DateTime.UtcNow < deadline, $"the demo story is still {state}");
            await Task.Delay(500);
        }
    }

    [Fact]
    public async Task A_seeded_store_holds_the_story_its_signatures_verify_with_openssl_and_a_second_host_does_not_seed_again()
    {
        string prefix;
        JsonElement first;
        int ledgerEntries;
        await using (var app = new TestApp(Seeding))
        {
            prefix = app.StoragePrefix;
            first = await StoryAsync(app);
            Assert.True(first.GetProperty("state").GetString() == "seeded", first.ToString());
            Assert.Equal(["evidence", "approvals", "training", "awareness", "incidents", "risks", "tasks"],
                first.GetProperty("parts").EnumerateArray().Select(p => p.GetString()));
            using var http = app.Http(DemoDirectory.CisoUpn);

            var runs = await http.GetFromJsonAsync<JsonElement>("/api/evidence/runs");
            Assert.Equal(2, runs.GetArrayLength());
            Assert.All(runs.EnumerateArray(), r => Assert.Equal("succeeded", r.GetProperty("status").GetString()));
            var apart = runs[0].GetProperty("startedAt").GetDateTimeOffset() - runs[1].GetProperty("startedAt").GetDateTimeOffset();
            Assert.InRange(apart, TimeSpan.FromDays(6.9), TimeSpan.FromDays(7.1));

            var policies = (await http.GetFromJsonAsync<JsonElement>("/api/policies")).EnumerateArray().ToList();
            Assert.Equal(3, policies.Count);
            Assert.All(policies, p => Assert.EndsWith("(demo)", p.GetProperty("title").GetString(), StringComparison.Ordinal));
            Assert.Single(policies, p => p.GetProperty("openRoundId").ValueKind == JsonValueKind.String);
            Assert.Equal(2, policies.Count(p => p.GetProperty("approvedVersion").ValueKind == JsonValueKind.Number));

            var kpis = await http.GetFromJsonAsync<JsonElement>("/api/board/kpis?months=6");
            Assert.Equal(3, kpis.GetProperty("incidents").EnumerateArray().Sum(m => m.GetProperty("total").GetInt32()));
            Assert.Equal(1, kpis.GetProperty("deadlines").GetProperty("onTime").GetInt32());
            Assert.Equal("access-control-policy", kpis.GetProperty("policiesOverdue")[0].GetProperty("policyId").GetString());
            Assert.Equal(1, kpis.GetProperty("rounds").GetProperty("approved").GetInt32()); // the other approval is 13 months old
            var awareness = kpis.GetProperty("awareness").EnumerateArray().Single(m => m.GetProperty("campaigns").GetInt32() > 0);
            Assert.InRange(awareness.GetProperty("completionRate").GetDecimal(), 0.5m, 0.7m);

            var training = await http.GetFromJsonAsync<JsonElement>("/api/training/management");
            Assert.Single(training.GetProperty("members").EnumerateArray(), m => m.GetProperty("state").GetString() == "Overdue");

            var incident = (await http.GetFromJsonAsync<JsonElement>("/api/incidents")).EnumerateArray().Single(i => i.GetProperty("status").GetString() == "significant");
            Assert.StartsWith("Demo story:", incident.GetProperty("summary").GetString(), StringComparison.Ordinal);

            var verify = await http.GetFromJsonAsync<JsonElement>("/api/ledger/verify");
            Assert.True(verify.GetProperty("ok").GetBoolean(), verify.ToString());
            ledgerEntries = verify.GetProperty("entries").GetInt32();
            Assert.True(ledgerEntries >= 10, verify.ToString());

            // The week-old run's artefact, checked outside the app: openssl against the app's signing certificate.
            var folder = Directory.CreateTempSubdirectory("m365nis2-demo-").FullName;
            var artefact = runs[1].GetProperty("artefactId").GetString()!;
            await File.WriteAllBytesAsync(Path.Combine(folder, "a.json"), await http.GetByteArrayAsync($"/api/artefacts/{artefact}"));
            await File.WriteAllBytesAsync(Path.Combine(folder, "a.p7s"), await http.GetByteArrayAsync($"/api/artefacts/{artefact}/signature"));
            await File.WriteAllTextAsync(Path.Combine(folder, "cert.pem"), await http.GetStringAsync("/api/signing/certificate"));
            var openssl = OpenSslSignatureTests.OpenSslVerify(Path.Combine(folder, "a.json"), Path.Combine(folder, "a.p7s"), Path.Combine(folder, "cert.pem"));
            Assert.True(openssl.ExitCode == 0, openssl.Output);
            Directory.Delete(folder, true);
        }

        await using (var again = new TestApp(Seeding, storagePrefix: prefix))
        {
            var second = await StoryAsync(again);
            Assert.Equal(first.GetProperty("seededAt").GetDateTimeOffset(), second.GetProperty("seededAt").GetDateTimeOffset());
            using var http = again.Http(DemoDirectory.CisoUpn);
            Assert.Equal(2, (await http.GetFromJsonAsync<JsonElement>("/api/evidence/runs")).GetArrayLength());
            Assert.Equal(ledgerEntries, (await http.GetFromJsonAsync<JsonElement>("/api/ledger/verify")).GetProperty("entries").GetInt32());
        }
    }

    [Fact]
    public async Task Without_the_option_nothing_is_seeded_as_with_run_sh_empty()
    {
        await using var app = new TestApp();
        var story = await StoryAsync(app);

        Assert.False(story.GetProperty("enabled").GetBoolean());
        Assert.Equal(JsonValueKind.Null, story.GetProperty("state").ValueKind);
        using var http = app.Http(DemoDirectory.CisoUpn);
        Assert.Equal(0, (await http.GetFromJsonAsync<JsonElement>("/api/evidence/runs")).GetArrayLength());
        Assert.Equal(0, (await http.GetFromJsonAsync<JsonElement>("/api/policies")).GetArrayLength());
    }

    [Fact]
    public async Task A_store_that_already_holds_records_is_not_seeded()
    {
        var prefix = AzuriteServer.NewPrefix();
        await using (var blank = new TestApp(storagePrefix: prefix))
        {
            using var http = blank.Http(DemoDirectory.CisoUpn);
            using var content = new MultipartFormDataContent
            {
                { new StringContent("own-policy"), "policyKey" },
                { new ByteArrayContent("# Our own policy"u8.ToArray()) { Headers = { ContentType = new("text/markdown") } }, "file", "own.md" },
            };
            using var upload = await http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/policies") { Content = content, Headers = { { "X-Requested-With", "M365Nis2" } } });
            Assert.True(upload.IsSuccessStatusCode, await upload.Content.ReadAsStringAsync());
        }
        await using var app = new TestApp(Seeding, storagePrefix: prefix);

        var story = await StoryAsync(app);

        Assert.Equal("skipped", story.GetProperty("state").GetString());
        using var client = app.Http(DemoDirectory.CisoUpn);
        Assert.Equal(0, (await client.GetFromJsonAsync<JsonElement>("/api/evidence/runs")).GetArrayLength());
    }

    [Fact]
    public async Task The_story_is_refused_with_a_real_tenant()
    {
        var settings = new Dictionary<string, string?>(Seeding) { ["Graph:Auth"] = "ManagedIdentity" };
        var error = Assert.ThrowsAny<Exception>(() => new TestApp(settings).Dispose());
        Assert.Contains("Demo:SeedStory", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_periods_get_400_naming_the_field()
    {
        await using var app = new TestApp();
        using var http = app.Http(DemoDirectory.CisoUpn);
        foreach (var (path, field) in new[] { ("/api/board/kpis?months=0", "'months'"), ("/api/board/kpis?months=x", "'months'"), ("/api/evidence/runs?count=-1", "'count'") })
        {
            using var response = await http.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}
