using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Tasks;
using M365Nis2.Web.Features.Scope;
using M365Nis2.Web.Features.Tasks;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace M365Nis2.Web.Tests.Scope;

/// <summary>The registration's 14-day duty as a follow-up task: one per duty, done when the version is marked submitted.</summary>
public sealed class RegistrationTaskTests : IDisposable
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 2, 22, 30, 0, TimeSpan.Zero)); // 23:30 in Copenhagen
    private readonly TestApp app;

    public RegistrationTaskTests() =>
        app = new TestApp(new Dictionary<string, string?> { ["Tasks:JobEnabled"] = "false" }, configureServices: s => s.AddSingleton<TimeProvider>(clock));

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task A_change_opens_one_task_due_in_14_days_for_the_CISO_and_submitting_completes_it()
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var tasks = app.Services.GetRequiredService<IFollowUpTasks>();
        await PutAsync(ciso, ScopeApiTests.Record(DemoNamedLocations.HeadOfficeRange));

        var task = await tasks.FindAsync(RegistrationFollowUp.SourceOf(1), default);
        Assert.NotNull(task);
        Assert.Equal(new DemoDirectory().Ciso.Id, task.OwnerId);
        Assert.Equal(new DateOnly(2026, 3, 16), task.DueDate); // 14 days from 23:30 on 2 March, Copenhagen time

        clock.Advance(TimeSpan.FromDays(2));
        await PutAsync(ciso, ScopeApiTests.Record(DemoNamedLocations.HeadOfficeRange, DemoNamedLocations.DataCentreRange));
        Assert.Null(await tasks.FindAsync(RegistrationFollowUp.SourceOf(2), default)); // same duty, same task
        Assert.Single((await ciso.GetFromJsonAsync<JsonArray>(new Uri("/api/tasks", UriKind.Relative)))!);

        var submitted = await ciso.PostAsJsonAsync(new Uri("/api/registration/submitted", UriKind.Relative), new JsonObject());
        Assert.True(submitted.IsSuccessStatusCode);
        task = await tasks.FindAsync(RegistrationFollowUp.SourceOf(1), default);
        Assert.Equal(TaskDueState.Done, task!.State);
        // In Danish for a Danish reader: the title, and the comment the submission wrote into the history.
        var detail = (await ciso.GetFromJsonAsync<JsonObject>(new Uri($"/api/tasks/{task.TaskId}", UriKind.Relative)))!;
        Assert.Equal("Update the NIS2 registration with the authority", detail["task"]!["title"]!.GetValue<string>());
        Assert.Equal("Opdatér NIS2-registreringen hos myndigheden", detail["task"]!["titleDa"]!.GetValue<string>());
        var done = Assert.Single(detail["history"]!.AsArray(), h => h!["kind"]!.GetValue<string>() == "completed")!;
        Assert.Equal("Version 2 was marked submitted to the authority.", done["text"]!.GetValue<string>());
        Assert.Equal("Version 2 er markeret som indsendt til myndigheden.", done["textDa"]!.GetValue<string>());

        clock.Advance(TimeSpan.FromDays(30));
        await PutAsync(ciso, ScopeApiTests.Record(DemoNamedLocations.HeadOfficeRange));
        var next = await tasks.FindAsync(RegistrationFollowUp.SourceOf(3), default);
        Assert.Equal(TaskDueState.Open, next!.State);
        Assert.Equal(new DateOnly(2026, 4, 18), next.DueDate); // 22:30 UTC is already the next day in summer time
    }

    private static async Task PutAsync(HttpClient http, JsonObject body)
    {
        var response = await http.PutAsJsonAsync(new Uri("/api/registration", UriKind.Relative), body);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
