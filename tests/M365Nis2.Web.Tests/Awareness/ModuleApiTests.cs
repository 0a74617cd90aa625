using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static M365Nis2.Web.Tests.Awareness.ModuleResponses;

namespace M365Nis2.Web.Tests.Awareness;

/// <summary>The CISO's own modules through the API: drafts, publishing, versions that never change, and campaigns pinned to a version.</summary>
public sealed class ModuleApiTests : IDisposable
{
    private static readonly DemoDirectory Demo = new();
    private readonly TestApp app = new(new Dictionary<string, string?> { ["Awareness:FanoutEnabled"] = "false" });

    public void Dispose() => app.Dispose();

    private static async Task<string> PublishedModuleAsync(HttpClient ciso, object content)
    {
        var created = await JsonAsync(await ciso.PostAsJsonAsync("/api/awareness/modules", content));
        var id = created["module"]!["id"]!.GetValue<string>();
        await JsonAsync(await ciso.PostAsJsonAsync($"/api/awareness/modules/{id}/publish", new { version = created["version"]!.GetValue<int>() }));
        return id;
    }

    [Fact]
    public async Task An_incomplete_draft_saves_but_publishing_names_every_missing_field_and_changes_nothing()
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);

        var draft = await JsonAsync(await ciso.PostAsJsonAsync("/api/awareness/modules", ModuleRequests.EnglishOnly()));
        var id = draft["module"]!["id"]!.GetValue<string>();
        Assert.StartsWith("tailgating-", id, StringComparison.Ordinal);
        Assert.Equal(("Draft", 1), (draft["state"]!.GetValue<string>(), draft["version"]!.GetValue<int>()));
        Assert.Contains(draft["problems"]!.AsArray(), p => p!["field"]!.GetValue<string>() == "da.title");

        var refused = await ProblemAsync(await ciso.PostAsJsonAsync($"/api/awareness/modules/{id}/publish", new { version = 1 }), HttpStatusCode.BadRequest);
        var errors = refused["errors"]!.AsObject();
        Assert.Contains("da.title", errors.Select(e => e.Key));
        Assert.Contains("questions[0].da", errors.Select(e => e.Key));
        Assert.Contains("questions[0].options[1].da", errors.Select(e => e.Key));
        Assert.Equal(["da.title is required."], errors["da.title"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Equal(["da.title skal udfyldes."], refused["errorsDa"]!["da.title"]!.AsArray().Select(m => m!.GetValue<string>()));
        Assert.Contains(draft["problems"]!.AsArray(), p => p!["message"]!.GetValue<string>() == "da.title is required."
            && p["messageDa"]!.GetValue<string>() == "da.title skal udfyldes.");
        var tooLong = await ProblemAsync(await ciso.PutAsJsonAsync($"/api/awareness/modules/{id}/draft", new { en = new { title = new string('x', 121) } }),
            HttpStatusCode.BadRequest);
        Assert.NotNull(tooLong["errors"]!["en.title"]);
        var launch = await ProblemAsync(await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = id, audienceGroupId = "all" }), HttpStatusCode.BadRequest);
        Assert.Contains("no published version", launch["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var still = await JsonAsync(await ciso.GetAsync($"/api/awareness/modules/{id}"));
        Assert.Equal(("Draft", "Tailgating"), (still["state"]!.GetValue<string>(), still["content"]!["en"]!["title"]!.GetValue<string>()));
        Assert.Equal(400, (int)(await ciso.PostAsync($"/api/awareness/modules/{id}/publish", new StringContent("{\"version\": \"one\"}", Encoding.UTF8, "application/json"))).StatusCode);
    }

    [Fact]
    public async Task A_published_version_never_changes_editing_starts_the_next_and_each_is_signed_into_the_vault()
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var id = await PublishedModuleAsync(ciso, ModuleRequests.Complete());

        var again = await ProblemAsync(await ciso.PostAsJsonAsync($"/api/awareness/modules/{id}/publish", new { version = 1 }), HttpStatusCode.Conflict);
        var v2 = await JsonAsync(await ciso.PutAsJsonAsync($"/api/awareness/modules/{id}/draft", ModuleRequests.Complete("USB sticks 2027", 0, "USB-nøgler 2027")));
        var v1 = await JsonAsync(await ciso.GetAsync($"/api/awareness/modules/{id}/versions/1"));

        Assert.Contains("cannot be changed", again["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(("Draft", 2), (v2["state"]!.GetValue<string>(), v2["version"]!.GetValue<int>()));
        Assert.Equal(("Published", "USB sticks", "USB-nøgler"), (v1["state"]!.GetValue<string>(), v1["content"]!["en"]!["title"]!.GetValue<string>(),
            v1["content"]!["da"]!["title"]!.GetValue<string>()));
        var artefactId = v1["module"]!["versions"]!.AsArray().Single(v => v!["version"]!.GetValue<int>() == 1)!["artefactId"]!.GetValue<string>();
        var artefact = await app.Services.GetRequiredService<IEvidenceVault>().FindAsync(artefactId);
        var signed = Encoding.UTF8.GetString((await app.Services.GetRequiredService<IEvidenceVault>().GetContentAsync(artefactId))!.Content);
        Assert.Equal("awareness.module", artefact!.Kind);
        Assert.Contains("art21.2.g", artefact.ControlIds);
        Assert.Contains("Afleverer den til IT", signed, StringComparison.Ordinal);
        Assert.Contains("Hand it to IT", signed, StringComparison.Ordinal);

        var choices = await ciso.GetFromJsonAsync<JsonArray>("/api/tab/awareness-modules");
        Assert.Equal(1, choices!.Single(c => c!["id"]!.GetValue<string>() == id)!["version"]!.GetValue<int>());
        Assert.Contains(choices!, c => c!["id"]!.GetValue<string>() == "phishing" && c["builtIn"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_campaign_launched_on_v1_is_taught_and_graded_on_v1_after_v2_is_published()
    {
        var employee = Demo.Users.First(u => u.Kind == DemoUserKind.Employee);
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        using var person = app.Http(employee.UserPrincipalName);
        var id = await PublishedModuleAsync(ciso, ModuleRequests.Complete(correct: 1));
        var launched = await JsonAsync(await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = id, recipientIds = new[] { employee.Id } }));
        var campaignId = launched["campaignId"]!.GetValue<string>();

        var v2 = await JsonAsync(await ciso.PutAsJsonAsync($"/api/awareness/modules/{id}/draft", ModuleRequests.Complete("USB sticks 2027", correct: 0)));
        await JsonAsync(await ciso.PostAsJsonAsync($"/api/awareness/modules/{id}/publish", new { version = v2["version"]!.GetValue<int>() }));

        var shown = await JsonAsync(await person.GetAsync($"/api/awareness/mine/{campaignId}?lang=en"));
        Assert.Equal(("USB sticks", 1), (shown["module"]!["title"]!.GetValue<string>(), shown["module"]!["version"]!.GetValue<int>()));
        Assert.Null(shown["result"]);
        var answered = await JsonAsync(await person.PostAsJsonAsync($"/api/awareness/mine/{campaignId}/answers",
            new { answers = new[] { new { questionId = "q1", option = 1 }, new { questionId = "q2", option = 1 } }, language = "da" }));
        Assert.True(answered["result"]!["passed"]!.GetValue<bool>());
        Assert.Equal("USB-nøgler", answered["module"]!["title"]!.GetValue<string>());
        var status = await JsonAsync(await ciso.GetAsync($"/api/awareness/campaigns/{campaignId}"));
        Assert.Equal((1, 1, 1), (status["completed"]!.GetValue<int>(), status["passed"]!.GetValue<int>(), status["moduleVersion"]!.GetValue<int>()));

        var second = await JsonAsync(await person.PostAsJsonAsync($"/api/awareness/mine/{campaignId}/answers",
            new { answers = new[] { new { questionId = "q1", option = 0 }, new { questionId = "q2", option = 0 } } }));
        Assert.True(second["result"]!["passed"]!.GetValue<bool>());
        var mine = await person.GetFromJsonAsync<JsonArray>("/api/awareness/mine");
        var only = Assert.Single(mine!)!;
        Assert.Equal(("USB sticks", 1), (only["title"]!.GetValue<string>(), only["version"]!.GetValue<int>()));
        var next = await JsonAsync(await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = id, recipientIds = new[] { employee.Id } }));
        Assert.Equal(2, (await JsonAsync(await ciso.GetAsync($"/api/awareness/campaigns/{next["campaignId"]}")))["moduleVersion"]!.GetValue<int>());
    }

    [Fact]
    public async Task Only_the_ciso_authors_and_only_the_recipient_reads_and_answers_their_module()
    {
        var employee = Demo.Users.First(u => u.Kind == DemoUserKind.Employee);
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var id = await PublishedModuleAsync(ciso, ModuleRequests.Complete());
        var campaignId = (await JsonAsync(await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = id, recipientIds = new[] { employee.Id } })))["campaignId"]!
            .GetValue<string>();

        foreach (var (upn, expected) in new[] { (Demo.BoardMembers[0].UserPrincipalName, HttpStatusCode.Forbidden), (employee.UserPrincipalName, HttpStatusCode.Forbidden),
            (Demo.Guests[0].UserPrincipalName, HttpStatusCode.Forbidden), ((string?)null, HttpStatusCode.Unauthorized) })
        {
            using var http = app.Http(upn);
            Assert.Equal(expected, (await http.GetAsync("/api/awareness/modules")).StatusCode);
            Assert.Equal(expected, (await http.PostAsJsonAsync("/api/awareness/modules", ModuleRequests.Complete())).StatusCode);
            Assert.Equal(expected, (await http.PutAsJsonAsync($"/api/awareness/modules/{id}/draft", ModuleRequests.Complete())).StatusCode);
            Assert.Equal(expected, (await http.PostAsJsonAsync($"/api/awareness/modules/{id}/publish", new { version = 1 })).StatusCode);
            Assert.Equal(expected, (await http.PostAsJsonAsync("/api/awareness/modules/preview", ModuleRequests.Complete())).StatusCode);
        }
        using var board = app.Http(Demo.BoardMembers[0].UserPrincipalName);
        Assert.Equal(HttpStatusCode.NotFound, (await board.GetAsync($"/api/awareness/mine/{campaignId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await board.PostAsJsonAsync($"/api/awareness/mine/{campaignId}/answers",
            new { answers = new[] { new { questionId = "q1", option = 1 } } })).StatusCode);
        using var guest = app.Http(Demo.Guests[0].UserPrincipalName);
        Assert.Equal(HttpStatusCode.Forbidden, (await guest.GetAsync($"/api/awareness/mine/{campaignId}")).StatusCode);
        using var person = app.Http(employee.UserPrincipalName);
        var incomplete = await ProblemAsync(await person.PostAsJsonAsync($"/api/awareness/mine/{campaignId}/answers",
            new { answers = new[] { new { questionId = "q1", option = 1 } } }), HttpStatusCode.BadRequest);
        Assert.Contains(incomplete["errors"]!["answers"]!.AsArray(), m => m!.GetValue<string>().Contains("'q2' is not answered", StringComparison.Ordinal));
        Assert.Equal("Answer every question", incomplete["title"]!.GetValue<string>());
        Assert.Equal("Besvar alle spørgsmål", incomplete["titleDa"]!.GetValue<string>());
        Assert.Contains("Spørgsmål 'q2' er ikke besvaret.", incomplete["detailDa"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(0, (await JsonAsync(await ciso.GetAsync($"/api/awareness/campaigns/{campaignId}")))["completed"]!.GetValue<int>());
    }

    [Fact]
    public async Task Preview_renders_both_languages_as_tab_and_card_and_lists_what_blocks_publishing()
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);

        var preview = await JsonAsync(await ciso.PostAsJsonAsync("/api/awareness/modules/preview", ModuleRequests.EnglishOnly()));
        var complete = await JsonAsync(await ciso.PostAsJsonAsync("/api/awareness/modules/preview", ModuleRequests.Complete("Links [here](https://evil.example)")));

        Assert.Contains(preview["problems"]!.AsArray(), p => p!["field"]!.GetValue<string>() == "da.body");
        Assert.Empty(complete["problems"]!.AsArray());
        var da = complete["languages"]!.AsArray().Single(l => l!["language"]!.GetValue<string>() == "da")!;
        Assert.Equal("USB-nøgler", da["module"]!["title"]!.GetValue<string>());
        Assert.Contains("awareness.submit", da["card"]!.ToJsonString(), StringComparison.Ordinal);
        var en = complete["languages"]!.AsArray().Single(l => l!["language"]!.GetValue<string>() == "en")!;
        Assert.Contains("Links \\\\[here\\\\]\\\\(https", en["card"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("correct", da["module"]!.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        var stored = await ciso.GetFromJsonAsync<JsonArray>("/api/awareness/modules");
        Assert.DoesNotContain(stored!, m => !m!["builtIn"]!.GetValue<bool>()); // a preview stores nothing
    }
}
