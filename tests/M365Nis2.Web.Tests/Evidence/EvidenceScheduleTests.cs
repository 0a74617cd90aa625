using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;

namespace M365Nis2.Web.Tests.Evidence;

public class EvidenceScheduleTests
{
    [Fact]
    public async Task Scheduled_job_collects_once_and_stores_a_run_marked_schedule()
    {
        using var t = new EvidenceTestApp(settings: new Dictionary<string, string?>
        {
            ["Evidence:Enabled"] = "true",
            ["Evidence:FirstRunDelay"] = "00:00:00",
        });

        JsonElement history = default;
        for (var i = 0; i < 300 && history.ValueKind != JsonValueKind.Array; i++)
        {
            var detail = (await t.GetJsonAsync("/api/controls/art21.2.j")).GetProperty("detail");
            if (detail.GetProperty("history").GetArrayLength() > 0)
            {
                history = detail.GetProperty("history");
            }
            else
            {
                await Task.Delay(100);
            }
        }

        var run = await t.GetJsonAsync($"/api/evidence/runs/{Assert.Single(history.EnumerateArray()).GetProperty("runId").GetString()}");
        Assert.Equal("schedule", run.GetProperty("trigger").GetString());
        Assert.Equal("job:evidence-collector", run.GetProperty("actor").GetString());
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_second_instance_on_the_same_storage_is_refused_while_the_first_runs()
    {
        using var first = new EvidenceTestApp();
        using var second = new EvidenceTestApp(settings: new Dictionary<string, string?> { ["Storage:Prefix"] = first.App.StoragePrefix });
        first.Graph.Faults.Inject(EvidenceTestApp.Registrations, DemoGraphFault.TooManyRequests(TimeSpan.FromSeconds(3)));
        using var a = first.Http();
        using var b = second.Http();

        using var started = await a.PostAsync(new Uri("/api/evidence/collect", UriKind.Relative), null);
        using var refused = await b.PostAsync(new Uri("/api/evidence/collect", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        await first.WaitForRunAsync((await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("runId").GetString()!);
    }
}
