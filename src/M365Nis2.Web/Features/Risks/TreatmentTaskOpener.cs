using M365Nis2.Domain.Risks;
using M365Nis2.Domain.Tasks;
using M365Nis2.Web.Features.Tasks;

namespace M365Nis2.Web.Features.Risks;

/// <summary>A treatment task as the risk page shows it: the work, and the follow-up task's state once it is open.</summary>
/// <param name="State">The task's due state by name (Open, DueSoon, Overdue, ExtensionRequested, Done, Cancelled); null if not opened.</param>
public sealed record TreatmentTaskView(TreatmentTaskKind Kind, string Text, DateOnly DueDate, string? TaskId, string? State, bool PastDue);

/// <summary>
/// Opens the risk owner's follow-up tasks for a decided treatment (the planned measures of the plan the owner approved,
/// the conditions of the board's acceptance) and reads them back for the risk page. Idempotent: the task source is the
/// decision-bound id from <see cref="TreatmentTasks"/>, so a handler that runs twice opens nothing twice.
/// </summary>
public sealed class TreatmentTaskOpener(IFollowUpTasks tasks, RiskClock clock, ILogger<TreatmentTaskOpener> logger)
{
    public const string OpenedBy = "job:risks";

    /// <summary>
    /// Opens the tasks of the risk's approved plan (if the plan is still the one approved) and of its granted acceptance.
    /// Called after every treatment decision; what exists already stays as it is.
    /// </summary>
    public async Task OpenAsync(StoredRisk stored, CancellationToken ct)
    {
        foreach (var t in Work(stored))
        {
            await OpenAsync(stored.Risk, t, ct);
        }
    }

    /// <summary>The tasks of the current approved plan and the current acceptance, each with its state.</summary>
    public async Task<IReadOnlyList<TreatmentTaskView>> ListAsync(StoredRisk stored, CancellationToken ct)
    {
        var views = new List<TreatmentTaskView>();
        foreach (var t in Work(stored))
        {
            var found = await tasks.FindAsync(Source(t), ct);
            views.Add(found is null
                ? new(t.Kind, t.Text, t.DueDate, null, null, false)
                : new(t.Kind, t.Text, found.DueDate, found.TaskId, found.State.ToString(), found.PastDue));
        }
        return views;
    }

    /// <summary>The work the recorded decisions give, dated from the day each was decided (so a retry days later yields the same tasks).</summary>
    private List<TreatmentTask> Work(StoredRisk stored)
    {
        var work = new List<TreatmentTask>();
        if (stored.PlanApproval is { } plan)
            work.AddRange(TreatmentTasks.ForPlan(stored.Risk, plan.PlanSha256, clock.DateOn(plan.At)));
        if (stored.AcceptanceRoundId is { } round && stored.Acceptance is { } acceptance)
            work.AddRange(TreatmentTasks.ForAcceptance(stored.Risk, acceptance, round, clock.DateOn(acceptance.DecidedAt ?? acceptance.RequestedAt)));
        return work;
    }

    private async Task OpenAsync(Risk risk, TreatmentTask t, CancellationToken ct)
    {
        var description = t.Description(risk);
        var request = new FollowUpRequest(risk.Owner.ObjectId, t.Title, t.DueDate, risk.Measures, Source(t), FollowUpTask.Clip(description.English), OpenedBy,
            t.TitleDa, FollowUpTask.Clip(description.Danish));
        try
        {
            var opened = await tasks.OpenAsync(request, ct);
            if (opened.Created)
                logger.LogInformation("Risk {RiskId}: task {TaskId} opened for {Source}", risk.Id, opened.TaskId, t.SourceId);
        }
        catch (ArgumentException e)
        {
            // The decision stands and is recorded; a task the tasks feature refuses (say, an owner without an Entra
            // object id) must not keep the round from finishing. The risk page shows it as not opened.
            logger.LogError(e, "Risk {RiskId}: the task for {Source} was refused", risk.Id, t.SourceId);
        }
    }

    private static TaskSource Source(TreatmentTask t) => new(TaskSourceKind.RiskTreatment, t.SourceId);
}
