using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Awareness;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static M365Nis2.Web.Tests.Awareness.ModuleResponses;

namespace M365Nis2.Web.Tests.Awareness;

/// <summary>A module's life beyond editing: the edit lock (If-Match), discarding a draft, retiring and offering again, copying.</summary>
public sealed class ModuleLifecycleApiTests : IDisposable
{
    private readonly TestApp app = new(new Dictionary<string, string?> { ["Awareness:FanoutEnabled"] = "false" });

    public void Dispose() => app.Dispose();

    private static Task<HttpResponseMessage> SaveAsync(HttpClient ciso, string id, object content, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/awareness/modules/{id}/draft") { Content = JsonContent.Create(content) };
        if (etag is not null)
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        return ciso.SendAsync(request);
    }

    private static async Task<string> PublishedAsync(HttpClient ciso, string title = "USB sticks")
    {
        var created = await JsonAsync(await ciso.PostAsJsonAsync("/api/awareness/modules", ModuleRequests.Complete(title)));
        var id = created["module"]!["id"]!.GetValue<string>();
        await JsonAsync(await ciso.PostAsJsonAsync($"/api/awareness/modules/{id}/publish", new { version = 1 }));
        return id;
    }

    [Fact]
    public async Task A_save_over_someone_else_s_newer_draft_is_refused_in_english_and_danish_and_loses_nothing()
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var created = await JsonAsync(await ciso.PostAsJsonAsync("/api/awareness/modules", ModuleRequests.EnglishOnly()));
        var id = created["module"]!["id"]!.GetValue<string>();
        var opened = created["eTag"]!.GetValue<string>(); // both editors opened this draft

        var first = await JsonAsync(await SaveAsync(ciso, id, ModuleRequests.Complete("First editor"), opened));
        var second = await ProblemAsync(await SaveAsync(ciso, id, ModuleRequests.Complete("Second editor"), opened), HttpStatusCode.Conflict);

        Assert.Equal(ModuleTexts.StaleDraft.Code, second["code"]!.GetValue<string>());
        Assert.Contains("Someone else saved this module", second["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("En anden har gemt modulet", second["detailDa"]!.GetValue<string>(), StringComparison.Ordinal);
        var stored = await JsonAsync(await ciso.GetAsync($"/api/awareness/modules/{id}"));
        Assert.Equal("First editor", stored["content"]!["en"]!["title"]!.GetValue<string>()); // the first editor's text stands
        Assert.NotEqual(opened, first["eTag"]!.GetValue<string>());

        // Reloaded, the second editor saves on top of the first's text.
        var reloaded = await JsonAsync(await SaveAsync(ciso, id, ModuleRequests.Complete("Second editor"), stored["eTag"]!.GetValue<string>()));
        Assert.Equal("Second editor", reloaded["content"]!["en"]!["title"]!.GetValue<string>());
        // A save after a publish by someone else is refused too: the editor's ETag is the draft's, not the published version's.
        await JsonAsync(await ciso.PostAsJsonAsync($"/api/awareness/modules/{id}/publish", new { version = 1 }));
        await ProblemAsync(await SaveAsync(ciso, id, ModuleRequests.Complete("Late"), reloaded["eTag"]!.GetValue<string>()), HttpStatusCode.Conflict);
        Assert.Equal(1, (await JsonAsync(await ciso.GetAsync($"/api/awareness/modules/{id}")))["version"]!.GetValue<int>()); // no v2 started
    }

    [Fact]
    public async Task Discarding_removes_only_the_draft_and_a_never_published_module_entirely()
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var id = await PublishedAsync(ciso);
        var v2 = await JsonAsync(await SaveAsync(ciso, id, ModuleRequests.Complete("USB sticks 2027"), null));
        Assert.Equal(2, v2["version"]!.GetValue<int>());

        var stale = new HttpRequestMessage(HttpMethod.Delete, $"/api/awareness/modules/{id}/draft");
        stale.Headers.TryAddWithoutValidation("If-Match", "W/\"datetime'2020-01-01T00%3A00%3A00.0000000Z'\"");
        await ProblemAsync(await ciso.SendAsync(stale), HttpStatusCode.Conflict);
        var discard = new HttpRequestMessage(HttpMethod.Delete, $"/api/awareness/modules/{id}/draft");
        discard.Headers.TryAddWithoutValidation("If-Match", v2["eTag"]!.GetValue<string>());
        var left = await JsonAsync(await ciso.SendAsync(discard));

        Assert.Equal(("Published", 1), (left["state"]!.GetValue<string>(), left["version"]!.GetValue<int>()));
        Assert.Null(left["module"]!["draftVersion"]?.GetValue<int>());
        var none = await ProblemAsync(await ciso.DeleteAsync($"/api/awareness/modules/{id}/draft"), HttpStatusCode.Conflict);
        Assert.Equal(ModuleTexts.NoDraft.Code, none["code"]!.GetValue<string>());

        var draftOnly = (await JsonAsync(await ciso.PostAsJsonAsync("/api/awareness/modules", ModuleRequests.EnglishOnly())))["module"]!["id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NoContent, (await ciso.DeleteAsync($"/api/awareness/modules/{draftOnly}/draft")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ciso.GetAsync($"/api/awareness/modules/{draftOnly}")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await ciso.DeleteAsync("/api/awareness/modules/phishing/draft")).StatusCode);
    }

    [Fact]
    public async Task A_retired_module_is_not_offered_to_new_campaigns_while_launched_ones_keep_their_version()
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var id = await PublishedAsync(ciso, "Clean desk");
        var launched = await JsonAsync(await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = id, audienceGroupId = DemoDirectory.AllStaffGroupId }));

        var retired = await JsonAsync(await ciso.PostAsync($"/api/awareness/modules/{id}/retire", null));

        Assert.True(retired["module"]!["retired"]!.GetValue<bool>());
        var choices = (await ciso.GetFromJsonAsync<JsonArray>("/api/tab/awareness-modules"))!;
        Assert.DoesNotContain(choices, c => c!["id"]!.GetValue<string>() == id);
        var refused = await ProblemAsync(await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = id, audienceGroupId = "all" }), HttpStatusCode.BadRequest);
        Assert.Contains("retired", refused["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(await app.Services.GetRequiredService<ModuleLibrary>().FindAsync(id, 1, "da", default)); // the launched campaign's text
        Assert.Equal(1, (await ciso.GetFromJsonAsync<JsonObject>($"/api/awareness/campaigns/{launched["campaignId"]!.GetValue<string>()}"))!["moduleVersion"]!.GetValue<int>());
        Assert.Equal(ModuleTexts.AlreadyRetired.Code, (await ProblemAsync(await ciso.PostAsync($"/api/awareness/modules/{id}/retire", null), HttpStatusCode.Conflict))["code"]!.GetValue<string>());

        var offered = await JsonAsync(await ciso.PostAsync($"/api/awareness/modules/{id}/restore", null));
        Assert.False(offered["module"]!["retired"]!.GetValue<bool>());
        Assert.Contains((await ciso.GetFromJsonAsync<JsonArray>("/api/tab/awareness-modules"))!, c => c!["id"]!.GetValue<string>() == id);

        // A recurring campaign would launch it again: retiring is refused until it is stopped.
        var firstOn = DateTime.UtcNow.AddDays(40).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await JsonAsync(await ciso.PostAsJsonAsync("/api/awareness/schedules", new { moduleId = id, audienceGroupId = "all", everyMonths = 12, firstOn }));
        var scheduled = await ProblemAsync(await ciso.PostAsync($"/api/awareness/modules/{id}/retire", null), HttpStatusCode.Conflict);
        Assert.Equal(ModuleTexts.RetireScheduled.Code, scheduled["code"]!.GetValue<string>());
        Assert.StartsWith("1 tilbagevendende", scheduled["detailDa"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await ciso.PostAsync("/api/awareness/modules/phishing/retire", null)).StatusCode);
    }

    [Fact]
    public async Task A_built_in_or_an_authored_module_is_copied_as_the_first_draft_of_a_new_one()
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var copied = await ProblemlessCopyAsync(ciso, "phishing");
        Assert.Equal(("Draft", 1), (copied["state"]!.GetValue<string>(), copied["version"]!.GetValue<int>()));
        Assert.Equal("Copy of Spotting phishing", copied["content"]!["en"]!["title"]!.GetValue<string>());
        Assert.StartsWith("Kopi af ", copied["content"]!["da"]!["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(copied["problems"]!.AsArray()); // publishable as it is
        Assert.NotEqual("phishing", copied["module"]!["id"]!.GetValue<string>());

        var id = await PublishedAsync(ciso, "Visitors");
        var own = await ProblemlessCopyAsync(ciso, id);
        Assert.Equal("Copy of Visitors", own["content"]!["en"]!["title"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await ciso.PostAsJsonAsync("/api/awareness/modules/no-such-module/copy", new { })).StatusCode);
    }

    private static async Task<JsonObject> ProblemlessCopyAsync(HttpClient ciso, string id)
    {
        var response = await ciso.PostAsJsonAsync($"/api/awareness/modules/{id}/copy", new { });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await JsonAsync(response);
    }
}
