using M365Nis2.Domain.Tasks;
using M365Nis2.Web.Features.Tasks;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Tasks;

/// <summary>The contract other features open follow-up work through, against Azurite.</summary>
public sealed class FollowUpContractTests : IDisposable
{
    private static readonly string Owner = new DemoDirectory().ItAdmins[0].Id;
    private readonly TestApp app = new(new Dictionary<string, string?> { ["Tasks:JobEnabled"] = "false" });

    private IFollowUpTasks Tasks => app.Services.GetRequiredService<IFollowUpTasks>();

    private static FollowUpRequest Request(string sourceId, string title = "Register MFA for the two admins") =>
        new(Owner, title, new DateOnly(2026, 12, 15), ["art21.2.j"], new TaskSource(TaskSourceKind.EvidenceFinding, sourceId), "Two admins lack MFA.",
            "job:evidence");

    [Fact]
    public async Task Opening_the_same_source_twice_returns_the_first_task_unchanged()
    {
        var first = await Tasks.OpenAsync(Request("mfa.registration/admins"), default);
        var second = await Tasks.OpenAsync(Request("mfa.registration/admins", "A different title"), default);
        Assert.True(first.Created);
        Assert.Equal((first.TaskId, false), (second.TaskId, second.Created));
        var summary = await Tasks.FindAsync(new TaskSource(TaskSourceKind.EvidenceFinding, "mfa.registration/admins"), default);
        Assert.Equal(("Register MFA for the two admins", Owner, new DateOnly(2026, 12, 15)), (summary!.Title, summary.OwnerId, summary.DueDate));
    }

    [Fact]
    public async Task Concurrent_opens_for_one_source_create_exactly_one_task()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Tasks.OpenAsync(Request("risk-7/treatment-1"), default)));
        Assert.Single(results, r => r.Created);
        Assert.Single(results.Select(r => r.TaskId).Distinct());
        var store = app.Services.GetRequiredService<TaskStore>();
        Assert.Single(await store.EventsOfAsync(results[0].TaskId, default));
    }

    [Fact]
    public async Task Different_sources_open_different_tasks() =>
        Assert.NotEqual((await Tasks.OpenAsync(Request("a"), default)).TaskId, (await Tasks.OpenAsync(Request("b"), default)).TaskId);

    [Fact]
    public async Task An_invalid_request_is_refused_with_every_reason_and_stores_nothing()
    {
        var bad = new FollowUpRequest("not-a-guid", " ", new DateOnly(1999, 1, 1), ["art99"], new TaskSource(TaskSourceKind.SupplierFinding, ""));
        var e = await Assert.ThrowsAsync<ArgumentException>(() => Tasks.OpenAsync(bad, default));
        foreach (var reason in new[] { "owner", "title", "due date", "art99", "source id" })
        {
            Assert.Contains(reason, e.Message, StringComparison.OrdinalIgnoreCase);
        }
        Assert.Null(await Tasks.FindAsync(bad.Source, default));
    }

    [Fact]
    public async Task An_unknown_source_has_no_task() =>
        Assert.Null(await Tasks.FindAsync(new TaskSource(TaskSourceKind.IncidentLessons, "nothing-here"), default));

    public void Dispose() => app.Dispose();
}
