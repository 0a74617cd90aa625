using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Tasks;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Exercises;
using M365Nis2.Web.Features.Tasks;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace M365Nis2.Web.Tests.Exercises;

/// <summary>Exercises for (c) and (f): recorded once, signed, lessons become tasks, and the two measures count them.</summary>
public sealed class ExerciseApiTests : IDisposable
{
    private static readonly DemoDirectory Demo = new();
    private static readonly DemoUser Owner = Demo.ItAdmins[0];
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 5, 4, 9, 0, 0, TimeSpan.Zero));
    private readonly TestApp app;

    public ExerciseApiTests() =>
        app = new TestApp(new Dictionary<string, string?> { ["Tasks:JobEnabled"] = "false" }, configureServices: s => s.AddSingleton<TimeProvider>(clock));

    public void Dispose() => app.Dispose();

    private static Uri U(string path) => new(path, UriKind.Relative);

    private static object Restore(string outcome, string key, bool withLesson = true) => new
    {
        kind = "RestoreTest", title = "Restore of the SCADA historian", scenario = "Ransomware encrypted the historian; restore last night's backup.",
        heldOn = "2026-05-01", participants = new[] { "Jonas Berg", "Lars Dahl" }, outcome, outcomeNotes = "Restored in 6 hours; target was 4.",
        lessons = withLesson ? new[] { new { text = "Move the historian backup to immutable storage", ownerUpn = Owner.UserPrincipalName, dueDate = "2026-06-01" } } : null,
        idempotencyKey = key,
    };

    private async Task<JsonObject> ControlAsync(string id, string upn = DemoDirectory.CisoUpn)
    {
        using var http = app.Http(upn);
        return (await http.GetFromJsonAsync<JsonObject>(U($"/api/controls/{id}")))!;
    }

    [Fact]
    public async Task A_recorded_exercise_is_signed_once_its_lessons_become_tasks_and_c_and_f_count_it()
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        Assert.Equal("NoEvidenceYet", (await ControlAsync("art21.2.c"))["control"]!["status"]!.GetValue<string>());

        var first = await ciso.PostAsJsonAsync(U("/api/exercises"), Restore("SucceededWithFindings", "restore-2026-05"));
        Assert.True(first.StatusCode == HttpStatusCode.Created, await first.Content.ReadAsStringAsync());
        var again = await ciso.PostAsJsonAsync(U("/api/exercises"), Restore("SucceededWithFindings", "restore-2026-05"));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var exercise = (await again.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = exercise["id"]!.GetValue<string>();
        Assert.Single((await ciso.GetFromJsonAsync<JsonArray>(U("/api/exercises")))!);

        var vault = app.Services.GetRequiredService<IEvidenceVault>();
        var signed = (await vault.ListByControlAsync("art21.2.c")).Where(a => a.Kind == ExerciseService.ArtefactKind).ToList();
        Assert.Equal(exercise["artefactId"]!.GetValue<string>(), Assert.Single(signed).Id);

        var lesson = exercise["lessons"]![0]!;
        Assert.Equal("Open", lesson["taskState"]!.GetValue<string>());
        var task = await app.Services.GetRequiredService<IFollowUpTasks>().FindAsync(ExerciseService.LessonSource(id, 0), default);
        Assert.Equal((Owner.Id, new DateOnly(2026, 6, 1)), (task!.OwnerId, task.DueDate));
        var row = await app.Services.GetRequiredService<TaskStore>().FindAsync(task.TaskId, default);
        Assert.Equal(("Lesson learned: " + lesson["text"]!.GetValue<string>(), "Erfaring fra øvelse: " + lesson["text"]!.GetValue<string>()),
            (row!.Title, row.TitleDa));
        Assert.StartsWith("Erfaring fra \"Restore of the SCADA historian\"", row.DescriptionDa, StringComparison.Ordinal);

        // Restore tested, plan not exercised: (c) partly met; (f) met while the lesson is not overdue.
        var c = await ControlAsync("art21.2.c");
        Assert.Equal("PartiallyMet", c["control"]!["status"]!.GetValue<string>());
        Assert.Equal("Met", (await ControlAsync("art21.2.f"))["control"]!["status"]!.GetValue<string>());

        var tabletop = new
        {
            kind = "Tabletop", title = "Crisis plan walk-through", scenario = "Phishing leads to domain admin compromise.", heldOn = "2026-05-03",
            participants = new[] { "Mette Holm" }, outcome = "Succeeded", outcomeNotes = "Roles were clear.",
        };
        Assert.Equal(HttpStatusCode.Created, (await ciso.PostAsJsonAsync(U("/api/exercises"), tabletop)).StatusCode);
        Assert.Equal("Met", (await ControlAsync("art21.2.c"))["control"]!["status"]!.GetValue<string>());

        clock.SetUtcNow(new DateTimeOffset(2026, 6, 3, 9, 0, 0, TimeSpan.Zero)); // the lesson is now overdue
        var f = await ControlAsync("art21.2.f", Demo.Users.First(u => u.Kind == DemoUserKind.Employee).UserPrincipalName);
        Assert.Equal("PartiallyMet", f["control"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain("Jonas Berg", f.ToJsonString(), StringComparison.Ordinal); // participants are never in the control detail
    }

    [Fact]
    public async Task Bad_input_gets_a_400_naming_each_problem_and_nothing_is_recorded()
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var response = await ciso.PostAsJsonAsync(U("/api/exercises"), new
        {
            kind = "Picnic", title = "", scenario = "x", heldOn = "2026-05-01", participants = Array.Empty<string>(), outcome = "Failed",
            lessons = new[] { new { text = "Fix it", ownerUpn = "nobody@nordlysenergi.onmicrosoft.com", dueDate = "2026-06-01" } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        foreach (var problem in new[] { "kind must be", "nobody@" })
            Assert.Contains(problem, text, StringComparison.Ordinal);

        response = await ciso.PostAsJsonAsync(U("/api/exercises"), new
        {
            kind = "RestoreTest", title = "", scenario = "x", heldOn = "2026-06-01", participants = Array.Empty<string>(), outcome = "Failed",
        });
        text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        foreach (var problem in new[] { "title is required", "future", "participant", "lesson" })
            Assert.Contains(problem, text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await ciso.GetFromJsonAsync<JsonArray>(U("/api/exercises")))!);
        Assert.Empty(await app.Services.GetRequiredService<IEvidenceVault>().ListByControlAsync("art21.2.c"));
    }

    [Fact]
    public async Task Recording_a_restore_test_closes_the_annual_wheels_open_restore_test_task_and_no_other()
    {
        var tasks = app.Services.GetRequiredService<IFollowUpTasks>();
        var overdue = new TaskSource(TaskSourceKind.AnnualWheel, "restore-test/2026-02-28"); // open on 1 May (the May one opens on the 14th)
        var exercise = new TaskSource(TaskSourceKind.AnnualWheel, "continuity-exercise/2025-09-30");
        await tasks.OpenAsync(new(Owner.Id, "Restore test of backups", new DateOnly(2026, 2, 28), ["art21.2.c"], overdue, OpenedBy: "job:annual-wheel"), default);
        await tasks.OpenAsync(new(Owner.Id, "Continuity exercise", new DateOnly(2025, 9, 30), ["art21.2.c"], exercise, OpenedBy: "job:annual-wheel"), default);
        using var ciso = app.Http(DemoDirectory.CisoUpn);

        var recorded = await ciso.PostAsJsonAsync(U("/api/exercises"), Restore("Succeeded", "restore-wheel", withLesson: false));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);

        var closed = await tasks.FindAsync(overdue, default);
        Assert.Equal(TaskDueState.Done, closed!.State);
        Assert.NotNull(closed.ClosedAt);
        Assert.Null((await tasks.FindAsync(exercise, default))!.ClosedAt); // a restore test is not the continuity exercise
        var detail = (await ciso.GetFromJsonAsync<JsonObject>(U($"/api/tasks/{closed.TaskId}")))!;
        var done = Assert.Single(detail["history"]!.AsArray(), h => h!["kind"]!.GetValue<string>() == "completed")!;
        Assert.Contains("Restore of the SCADA historian", done["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("Udført: \"Restore of the SCADA historian\" afholdt ", done["textDa"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(FollowUpTexts.ExerciseRecorded.Code, done["code"]!.GetValue<string>());
    }
}
