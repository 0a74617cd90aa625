using M365Nis2.Domain.Risks;
using static M365Nis2.Domain.Tests.Risks.Risks;

namespace M365Nis2.Domain.Tests.Risks;

public class TreatmentTasksTests
{
    [Fact]
    public void An_approved_plan_gives_one_task_per_planned_measure_due_on_the_review_date()
    {
        var risk = Risk();
        var tasks = TreatmentTasks.ForPlan(risk, RiskHashes.TreatmentPlan(risk), Today);

        Assert.Equal(["Risk R-1: Segment the OT network", "Risk R-1: Offline backups"], tasks.Select(t => t.Title));
        Assert.Equal(["Risiko R-1: Segment the OT network", "Risiko R-1: Offline backups"], tasks.Select(t => t.TitleDa));
        Assert.Equal("Planlagt tiltag i den behandlingsplan, risikoejeren har godkendt for R-1 (" + risk.Title + "): Offline backups",
            tasks[1].Description(risk).Danish);
        Assert.Equal(["Segment the OT network", "Offline backups"], tasks.Select(t => t.Text));
        Assert.All(tasks, t => Assert.Equal(risk.ReviewDate, t.DueDate));
        Assert.All(tasks, t => Assert.Equal(TreatmentTaskKind.PlannedMeasure, t.Kind));
        Assert.Equal(2, tasks.Select(t => t.SourceId).Distinct().Count());
    }

    [Fact]
    public void The_same_decision_gives_the_same_ids_so_a_repeat_opens_nothing_new()
    {
        var risk = Risk();
        var sha = RiskHashes.TreatmentPlan(risk);
        Assert.Equal(TreatmentTasks.ForPlan(risk, sha, Today).Select(t => t.SourceId),
            TreatmentTasks.ForPlan(risk, sha.ToUpperInvariant(), Today.AddDays(3)).Select(t => t.SourceId));
    }

    [Fact]
    public void A_new_plan_gets_new_ids()
    {
        var first = Risk();
        var second = first with { PlannedMeasures = ["Segment the OT network", "Offline backups", "EDR on the historian"] };
        var a = TreatmentTasks.ForPlan(first, RiskHashes.TreatmentPlan(first), Today).Select(t => t.SourceId);
        var b = TreatmentTasks.ForPlan(second, RiskHashes.TreatmentPlan(second), Today).Select(t => t.SourceId);
        Assert.Empty(a.Intersect(b));
    }

    [Fact]
    public void A_plan_changed_since_the_owner_approved_it_opens_nothing()
    {
        var approved = Risk();
        var changed = approved with { PlannedMeasures = ["Buy insurance"] };
        Assert.Empty(TreatmentTasks.ForPlan(changed, RiskHashes.TreatmentPlan(approved), Today));
    }

    [Fact]
    public void A_review_date_that_has_passed_gives_the_fallback_days()
    {
        var risk = Risk() with { ReviewDate = Today };
        var tasks = TreatmentTasks.ForPlan(risk, RiskHashes.TreatmentPlan(risk), Today);
        Assert.All(tasks, t => Assert.Equal(Today.AddDays(TreatmentTasks.FallbackDays), t.DueDate));
    }

    [Fact]
    public void Blank_and_repeated_measures_give_one_task_each_at_most()
    {
        var risk = Risk() with { PlannedMeasures = ["Offline backups", " ", "offline backups ", "Segment"] };
        var tasks = TreatmentTasks.ForPlan(risk, RiskHashes.TreatmentPlan(risk), Today);
        Assert.Equal(["Offline backups", "Segment"], tasks.Select(t => t.Text));
    }

    [Fact]
    public void A_long_measure_is_cut_to_the_title_limit_and_kept_whole_in_the_text()
    {
        var measure = new string('x', 400) + "\nsecond line";
        var risk = Risk() with { PlannedMeasures = [measure] };
        var task = Assert.Single(TreatmentTasks.ForPlan(risk, RiskHashes.TreatmentPlan(risk), Today));
        Assert.Equal(TreatmentTasks.MaxTitleLength, task.Title.Length);
        Assert.EndsWith("…", task.Title, StringComparison.Ordinal);
        Assert.Equal(TreatmentTasks.MaxTitleLength, task.TitleDa.Length);
        Assert.Equal(measure, task.Text);
    }

    [Fact]
    public void A_title_is_not_cut_inside_a_surrogate_pair()
    {
        var risk = Risk() with { PlannedMeasures = [new string('x', 186) + string.Concat(Enumerable.Repeat("😀", 20))] };
        var task = Assert.Single(TreatmentTasks.ForPlan(risk, RiskHashes.TreatmentPlan(risk), Today));
        Assert.True(task.Title.Length <= TreatmentTasks.MaxTitleLength);
        Assert.False(char.IsHighSurrogate(task.Title[^2]));
        Assert.Equal(TreatmentTasks.MaxTitleLength - 1, task.Title.Length); // cut one earlier, not between the pair
    }

    [Fact]
    public void An_accepted_risk_gives_one_task_per_condition_due_when_the_acceptance_expires()
    {
        var risk = Risk();
        var acceptance = Accepted(risk) with { Conditions = ["Monthly restore test", "Report to the board in Q3"] };
        var tasks = TreatmentTasks.ForAcceptance(risk, acceptance, "round-1", Today);

        Assert.Equal(["Risk R-1, condition: Monthly restore test", "Risk R-1, condition: Report to the board in Q3"], tasks.Select(t => t.Title));
        Assert.Equal(["Risiko R-1, betingelse: Monthly restore test", "Risiko R-1, betingelse: Report to the board in Q3"], tasks.Select(t => t.TitleDa));
        Assert.StartsWith("Condition of the board's acceptance of R-1 (", tasks[0].Description(risk).English, StringComparison.Ordinal);
        Assert.All(tasks, t => Assert.Equal(acceptance.ExpiresOn, t.DueDate));
        Assert.All(tasks, t => Assert.Equal(TreatmentTaskKind.AcceptanceCondition, t.Kind));
        Assert.All(tasks, t => Assert.Contains("round-1", t.SourceId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(AcceptanceDecision.Pending)]
    [InlineData(AcceptanceDecision.Rejected)]
    [InlineData(AcceptanceDecision.Lapsed)]
    public void An_acceptance_not_granted_gives_no_tasks(AcceptanceDecision decision) =>
        Assert.Empty(TreatmentTasks.ForAcceptance(Risk(), Accepted(Risk()) with { Decision = decision }, "round-1", Today));

    [Fact]
    public void An_acceptance_without_conditions_gives_no_tasks() =>
        Assert.Empty(TreatmentTasks.ForAcceptance(Risk(), Accepted(Risk()) with { Conditions = [] }, "round-1", Today));

    [Fact]
    public void Plan_and_condition_ids_never_collide()
    {
        var risk = Risk();
        var plan = TreatmentTasks.ForPlan(risk, RiskHashes.TreatmentPlan(risk), Today).Select(t => t.SourceId);
        var conditions = TreatmentTasks.ForAcceptance(risk, Accepted(risk), "round-1", Today).Select(t => t.SourceId);
        Assert.Empty(plan.Intersect(conditions));
    }
}
