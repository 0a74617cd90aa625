using System.Globalization;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Tasks;
using M365Nis2.Web.Features.Risks;
using M365Nis2.Web.Features.Tasks;
using M365Nis2.Web.Tests.Approvals;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static M365Nis2.Web.Tests.Approvals.ApprovalHarness;
using static M365Nis2.Web.Tests.Risks.RiskHarness;

namespace M365Nis2.Web.Tests.Risks;

/// <summary>A decided treatment opens the owner's follow-up tasks (Features/Tasks), once, and the risk page shows them.</summary>
public class RiskTreatmentTaskTests
{
    [Fact]
    public async Task The_owner_approves_the_plan_on_the_card_and_each_planned_measure_becomes_one_owner_task()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp();
        var owner = ApprovalHarness.Demo.Ciso; // the harness's risks are owned by the CISO
        await InstallAsync(app, connector, owner);
        var risk = Risk(await AssetAsync(app), treatment: "mitigate");
        risk["plannedMeasures"] = new JsonArray("Segment the OT network", "Offline backups of the historian");
        var id = await RiskAsync(app, risk);

        var (_, requested) = await SendAsync(app, HttpMethod.Post, $"/api/risks/{id}/treatment-approval");
        var roundId = requested!["planRoundId"]!.GetValue<string>();
        var round = await GetRoundAsync(app, roundId);
        var (_, before) = await SendAsync(app, HttpMethod.Get, $"/api/risks/{id}");
        Assert.Empty(before!["tasks"]!.AsArray()); // nothing before the owner decides

        await VoteAsync(app, connector, owner, roundId, "approve", round["documentSha256"]!.GetValue<string>());
        var detail = await WaitForAsync(app, $"/api/risks/{id}", d => d["tasks"]!.AsArray().Count == 2
            && d["tasks"]!.AsArray().All(t => t!["taskId"] is not null));

        var tasks = detail["tasks"]!.AsArray();
        var reviewDate = detail["risk"]!["risk"]!["reviewDate"]!.GetValue<string>();
        Assert.Equal(["Segment the OT network", "Offline backups of the historian"], tasks.Select(t => t!["text"]!.GetValue<string>()));
        Assert.All(tasks, t => Assert.Equal("PlannedMeasure", t!["kind"]!.GetValue<string>()));
        Assert.All(tasks, t => Assert.Equal(reviewDate, t!["dueDate"]!.GetValue<string>()));
        Assert.All(tasks, t => Assert.Contains(t!["state"]!.GetValue<string>(), new[] { "Open", "DueSoon" }));

        // The task as the tasks feature holds it: the owner's, titled with the risk, serving the risk's measures.
        var followUps = app.Services.GetRequiredService<IFollowUpTasks>();
        var first = await followUps.FindAsync(new TaskSource(TaskSourceKind.RiskTreatment, await SourceIdOf(app, id, 0)), CancellationToken.None);
        Assert.NotNull(first);
        Assert.Equal(owner.Id, first.OwnerId);
        Assert.Equal($"Risk {id}: Segment the OT network", first.Title);
        var row = await app.Services.GetRequiredService<TaskStore>().FindAsync(first.TaskId, CancellationToken.None);
        Assert.Equal($"Risiko {id}: Segment the OT network", row!.TitleDa); // what people wrote stays as written
        Assert.StartsWith($"Planlagt tiltag i den behandlingsplan, risikoejeren har godkendt for {id} (", row.DescriptionDa, StringComparison.Ordinal);
        Assert.Equal(tasks[0]!["taskId"]!.GetValue<string>(), first.TaskId);

        // The decision handler runs at least once: a repeat opens nothing new.
        var opener = app.Services.GetRequiredService<TreatmentTaskOpener>();
        var stored = await app.Services.GetRequiredService<RiskService>().FindAsync(id, CancellationToken.None);
        await opener.OpenAsync(stored!, CancellationToken.None);
        var (_, again) = await SendAsync(app, HttpMethod.Get, $"/api/risks/{id}");
        Assert.Equal(tasks.Select(t => t!["taskId"]!.GetValue<string>()), again!["tasks"]!.AsArray().Select(t => t!["taskId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_conditions_of_a_board_acceptance_become_owner_tasks_due_when_the_acceptance_expires()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp();
        foreach (var user in ApprovalHarness.Demo.BoardMembers)
            await InstallAsync(app, connector, user);
        var id = await RiskAsync(app, Risk(await AssetAsync(app)));
        var expires = DateTime.UtcNow.AddMonths(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var (_, body) = await SendAsync(app, HttpMethod.Post, $"/api/risks/{id}/acceptance", new JsonObject
        {
            ["justification"] = "Segmentation lands in Q3.",
            ["conditions"] = new JsonArray("Monthly restore test", "Historian read-only until segmented"),
            ["expiresOn"] = expires,
        });
        var roundId = body!["acceptanceRoundId"]!.GetValue<string>();
        var sha = body["acceptance"]!["riskSha256"]!.GetValue<string>();
        foreach (var member in ApprovalHarness.Demo.BoardMembers.Take(3))
            await VoteAsync(app, connector, member, roundId, "approve", sha);

        var detail = await WaitForAsync(app, $"/api/risks/{id}", d => d["tasks"]!.AsArray().Count == 2
            && d["tasks"]!.AsArray().All(t => t!["taskId"] is not null));
        var tasks = detail["tasks"]!.AsArray();
        Assert.Equal(["Monthly restore test", "Historian read-only until segmented"], tasks.Select(t => t!["text"]!.GetValue<string>()));
        Assert.All(tasks, t => Assert.Equal("AcceptanceCondition", t!["kind"]!.GetValue<string>()));
        Assert.All(tasks, t => Assert.Equal(expires, t!["dueDate"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_rejected_plan_opens_no_tasks()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp();
        var owner = ApprovalHarness.Demo.Ciso;
        await InstallAsync(app, connector, owner);
        var id = await RiskAsync(app, Risk(await AssetAsync(app), treatment: "mitigate"));

        var (_, requested) = await SendAsync(app, HttpMethod.Post, $"/api/risks/{id}/treatment-approval");
        var roundId = requested!["planRoundId"]!.GetValue<string>();
        var round = await GetRoundAsync(app, roundId);
        var answer = await VoteAsync(app, connector, owner, roundId, "reject", round["documentSha256"]!.GetValue<string>(), comment: "Segmentation alone does not cover the historian.");
        Assert.Equal("application/vnd.microsoft.card.adaptive", answer["type"]!.GetValue<string>());

        var detail = await WaitForAsync(app, $"/api/risks/{id}", d => d["history"]!.AsArray().Any(h => h!["action"]!.GetValue<string>() == "plan-not-approved"));
        Assert.Empty(detail["tasks"]!.AsArray());
        Assert.Null(await app.Services.GetRequiredService<IFollowUpTasks>().FindAsync(
            new TaskSource(TaskSourceKind.RiskTreatment, await SourceIdOf(app, id, 0, planSha: round["documentSha256"]!.GetValue<string>())), CancellationToken.None));
    }

    /// <summary>The source id the risk feature uses for the plan's n-th measure (TreatmentTasks in the domain).</summary>
    private static async Task<string> SourceIdOf(TestApp app, string riskId, int index, string? planSha = null)
    {
        var stored = await app.Services.GetRequiredService<RiskService>().FindAsync(riskId, CancellationToken.None);
        var sha = planSha ?? stored!.PlanApproval!.PlanSha256;
        return $"{riskId}/plan-{sha[..12].ToLowerInvariant()}/{index + 1}";
    }
}
