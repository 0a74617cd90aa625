using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Exercises;
using M365Nis2.Domain.Tasks;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Features.Tasks;
using M365Nis2.Web.Infrastructure.Graph;

namespace M365Nis2.Web.Features.Exercises;

/// <summary>What (c) and (f) show in the controls overview and the audit pack: the coverage checks and the exercises behind them.</summary>
/// <remarks>Property names are distinct from the evidence sources' detail: both providers judge (c) and (f) and the overview merges them.</remarks>
public sealed record ExerciseControlDetail(CheckView ExerciseCheck, IReadOnlyList<ExerciseSummary> Exercises, DateTimeOffset? LastRecordedAt);

/// <summary>An exercise without its participants (the controls detail is read by every member).</summary>
public sealed record ExerciseSummary(string Id, string Kind, string Title, DateOnly HeldOn, string Outcome, int Lessons, string? ArtefactId);

/// <summary>
/// Art. 21(2)(c) (plan exercised and restore tested in 12 months) and (f) (exercised, and the lessons followed up) from
/// the recorded exercises and their lesson tasks. Before anything is recorded the status is "no evidence yet".
/// </summary>
public sealed class ExerciseControlStatusProvider(ExerciseStore store, IFollowUpTasks tasks, IGraphTenantInfo tenant, TimeProvider time)
    : IControlStatusProvider
{
    public IReadOnlyCollection<string> ControlIds { get; } = ["art21.2.c", "art21.2.f"];

    public async Task<ControlStatus> GetStatusAsync(string controlId, CancellationToken ct)
    {
        var detail = await DetailAsync(controlId, ct);
        if (detail.Exercises.Count == 0)
        {
            return new ControlStatus(ControlStatuses.NoEvidenceYet, null, tenant.IsDemo).Saying(ExerciseTexts.NoneRecorded.With());
        }
        var worst = detail.ExerciseCheck.WorstFinding();
        return new ControlStatus(FeatureStatusAdapter.ToControlStatus(detail.ExerciseCheck.Outcome), detail.LastRecordedAt, tenant.IsDemo, worst?.Message,
            SummaryDa: worst?.MessageDa);
    }

    public async Task<object?> GetDetailAsync(string controlId, CancellationToken ct) => await DetailAsync(controlId, ct);

    private async Task<ExerciseControlDetail> DetailAsync(string controlId, CancellationToken ct)
    {
        var rows = await store.ListAsync(ct);
        var exercises = rows.Select(r => (Row: r, Exercise: r.ToExercise())).OrderByDescending(x => x.Exercise.HeldOn).ToList();
        var today = WallClock.Today(time.GetUtcNow(), WallClock.Copenhagen);
        CheckResult check;
        if (controlId == "art21.2.c")
        {
            check = ExerciseCoverage.Continuity(exercises.Select(x => x.Exercise), today);
        }
        else
        {
            var overdue = 0;
            foreach (var (row, exercise) in exercises.Where(x => x.Exercise.HeldOn > today.AddMonths(-ExerciseCoverage.DefaultPeriodMonths)))
            {
                for (var i = 0; i < exercise.Lessons.Count; i++)
                {
                    if (await tasks.FindAsync(ExerciseService.LessonSource(row.RowKey, i), ct) is { PastDue: true, ClosedAt: null })
                        overdue++;
                }
            }
            check = ExerciseCoverage.Effectiveness(exercises.Select(x => x.Exercise), overdue, today);
        }
        return new(CheckView.Of(check), [.. exercises.Select(x => new ExerciseSummary(x.Row.RowKey, x.Exercise.Kind.ToString(), x.Exercise.Title,
            x.Exercise.HeldOn, x.Exercise.Outcome.ToString(), x.Exercise.Lessons.Count, x.Row.ArtefactId))], rows.Count > 0 ? rows.Max(r => r.RecordedAt) : null);
    }
}
