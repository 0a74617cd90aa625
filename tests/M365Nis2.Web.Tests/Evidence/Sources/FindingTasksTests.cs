using System.Globalization;
using System.Text.Json;
using M365Nis2.Domain.Evidence;
using M365Nis2.Web.Features.Evidence;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Evidence.Sources;

/// <summary>Findings that need work become follow-up tasks for the CISO, once per finding, and close when a later run no longer finds them.</summary>
public class FindingTasksTests
{
    private const string Guests = "entra/entra.guests/art21.2.i";

    private static async Task<List<JsonElement>> EvidenceTasksAsync(SourcesTestApp t) =>
        [.. (await t.GetJsonAsync("/api/tasks")).EnumerateArray().Where(x => x.GetProperty("sourceKind").GetString() == "EvidenceFinding")];

    private static JsonElement Task(List<JsonElement> tasks, string sourceId) => Assert.Single(tasks, x => x.GetProperty("sourceId").GetString() == sourceId);

    [Fact]
    public async Task Findings_that_need_work_open_one_task_each_for_the_ciso_and_a_rerun_adds_none()
    {
        using var t = new SourcesTestApp();
        await t.CollectAndWaitAsync();

        var first = await EvidenceTasksAsync(t);
        var guests = Task(first, Guests); // two guests never signed in: NotMet on (i)
        Assert.Equal(new DemoDirectory().Ciso.Id, guests.GetProperty("ownerId").GetString());
        Assert.Equal(["art21.2.i"], guests.GetProperty("measures").EnumerateArray().Select(m => m.GetString()));
        Assert.StartsWith("Microsoft Entra", guests.GetProperty("title").GetString(), StringComparison.Ordinal);
        // A Danish owner reads the same finding in Danish (the card and the tab pick titleDa for a Danish reader).
        Assert.Contains("aktiverede gæst(er)", guests.GetProperty("titleDa").GetString(), StringComparison.Ordinal);
        Assert.Contains("Høj: ", guests.GetProperty("descriptionDa").GetString(), StringComparison.Ordinal);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var due = DateOnly.Parse(guests.GetProperty("dueDate").GetString()!, CultureInfo.InvariantCulture);
        Assert.InRange(due.DayNumber - today.DayNumber, 13, 31); // High 14 days, Medium 30 (Copenhagen calendar)
        Assert.Contains(first, x => x.GetProperty("sourceId").GetString()!.StartsWith("intune/devices.encryption/", StringComparison.Ordinal));
        Assert.Contains(first, x => x.GetProperty("sourceId").GetString()!.StartsWith("defender/", StringComparison.Ordinal));
        // Names stay in the measure's evidence (CISO and board); the task's text carries the counts.
        Assert.All(first, x => Assert.DoesNotContain("Ole Bak", x.GetRawText(), StringComparison.Ordinal));

        await t.CollectAndWaitAsync();

        var second = await EvidenceTasksAsync(t);
        Assert.Equal(first.Select(x => x.GetProperty("id").GetString()).Order(), second.Select(x => x.GetProperty("id").GetString()).Order());
    }

    [Fact]
    public async Task A_finding_a_later_run_no_longer_finds_closes_its_task_and_its_return_opens_a_new_one()
    {
        using var t = new SourcesTestApp();
        await t.CollectAndWaitAsync();
        var sync = t.App.Services.GetRequiredService<FindingTasks>();
        var entra = t.App.Services.GetServices<IEvidenceSource>().Single(s => s.Key == "entra");
        var taskId = Task(await EvidenceTasksAsync(t), Guests).GetProperty("id").GetString();

        var fixedRun = new SourceEvaluation("entra", [new(Measures.AccessAndAssets, new CheckResult("entra.guests", Outcome.Met, []))], new Dictionary<string, decimal?>());
        Assert.Equal((0, 1), await sync.SyncAsync(entra, fixedRun, "run-fixed", default));

        var detail = await t.GetJsonAsync($"/api/tasks/{taskId}");
        Assert.Equal("Done", detail.GetProperty("task").GetProperty("state").GetString());
        Assert.Equal(FindingTasks.Job, detail.GetProperty("task").GetProperty("closedBy").GetString());
        Assert.Contains(detail.GetProperty("history").EnumerateArray(), h => h.GetProperty("text").GetString()?.Contains("run-fixed", StringComparison.Ordinal) == true);
        Assert.Equal((0, 0), await sync.SyncAsync(entra, fixedRun, "run-fixed-again", default)); // nothing left to close

        await t.CollectAndWaitAsync(); // the demo guests are still inactive: the finding is back

        var tasks = await EvidenceTasksAsync(t);
        var again = Task(tasks, Guests + "#2");
        Assert.NotEqual("Done", again.GetProperty("state").GetString());
        Assert.Equal(JsonValueKind.Null, again.GetProperty("closedAt").ValueKind);
        Assert.Contains("previous task was closed", again.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_source_neither_opens_nor_closes_tasks()
    {
        using var t = new SourcesTestApp();
        await t.CollectAndWaitAsync();
        var before = Task(await EvidenceTasksAsync(t), Guests);

        t.Graph.Faults.Inject("/users", DemoGraphFault.Forbidden(), times: 1000); // permission withdrawn: Entra hygiene is Unknown
        await t.CollectAndWaitAsync();

        var after = Task(await EvidenceTasksAsync(t), Guests);
        Assert.Equal(before.GetProperty("id").GetString(), after.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("closedAt").ValueKind);
    }
}
