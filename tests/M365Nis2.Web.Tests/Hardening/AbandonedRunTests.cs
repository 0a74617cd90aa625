using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Evidence;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Hardening;

public sealed class AbandonedRunTests
{
    [Fact]
    public async Task A_run_whose_instance_died_is_shown_abandoned_once_nobody_holds_the_lease()
    {
        using var app = new TestApp();
        var runs = app.Services.GetRequiredService<EvidenceRunStore>();
        // What an instance that died mid-run leaves behind: the row says running, the lease has lapsed.
        var started = DateTimeOffset.UtcNow.AddMinutes(-10);
        var orphan = new EvidenceRun(EvidenceRunStore.NewRunId(started), RunStatuses.Running, "api", "oid:ciso", started, null, true, null,
            new Dictionary<string, string>(), null, null, null, 0, 0, 0, null);
        await runs.AddAsync(orphan, CancellationToken.None);
        using var ciso = app.Http(DemoDirectory.CisoUpn);

        var shown = await ciso.GetFromJsonAsync<JsonObject>($"/api/evidence/runs/{orphan.Id}");
        var stored = await runs.FindAsync(orphan.Id, CancellationToken.None);

        Assert.Equal(RunStatuses.Abandoned, shown!["status"]!.GetValue<string>());
        Assert.Equal(RunStatuses.Abandoned, stored!.Status);
    }

    [Fact]
    public async Task The_run_history_shows_a_dead_run_abandoned_too()
    {
        using var app = new TestApp();
        var runs = app.Services.GetRequiredService<EvidenceRunStore>();
        var started = DateTimeOffset.UtcNow.AddMinutes(-10);
        var orphan = new EvidenceRun(EvidenceRunStore.NewRunId(started), RunStatuses.Running, "schedule", "job:evidence", started, null, true, null,
            new Dictionary<string, string>(), null, null, null, 0, 0, 0, null);
        await runs.AddAsync(orphan, CancellationToken.None);
        using var board = app.Http("anders.kjaer@nordlysenergi.onmicrosoft.com");

        var listed = await board.GetFromJsonAsync<JsonArray>("/api/evidence/runs");

        var row = Assert.Single(listed!, r => r!["id"]!.GetValue<string>() == orphan.Id)!;
        Assert.Equal(RunStatuses.Abandoned, row["status"]!.GetValue<string>());
        Assert.Equal(RunStatuses.Abandoned, (await runs.FindAsync(orphan.Id, CancellationToken.None))!.Status);
    }
}
