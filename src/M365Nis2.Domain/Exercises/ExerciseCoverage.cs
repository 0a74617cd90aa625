using System.Globalization;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Exercises;

/// <summary>
/// How exercises count as evidence. Art. 21(2)(c) asks for business continuity with backup management and disaster
/// recovery: within the period (12 months) the plan must have been exercised (a tabletop or a DR test) and a restore
/// must have been tested (a restore or DR test), and the latest of each must not have failed. Art. 21(2)(f) asks for
/// procedures to assess the effectiveness of the measures: at least one exercise in the period, and its lessons followed
/// up (no lesson task overdue). Findings name exercises by title and date, never participants.
/// </summary>
public static class ExerciseCoverage
{
    public const int DefaultPeriodMonths = 12;
    public const string ContinuityCheck = "exercises.continuity";
    public const string EffectivenessCheck = "exercises.effectiveness";

    public static CheckResult Continuity(IEnumerable<Exercise> exercises, DateOnly today, int periodMonths = DefaultPeriodMonths)
    {
        var recent = InPeriod(exercises, today, periodMonths);
        var findings = new List<Finding>();
        var plan = Area(recent.Where(e => e.ExercisesPlan), (ExerciseTexts.PlanNotExercised, ExerciseTexts.PlanFailed, ExerciseTexts.PlanExercised),
            periodMonths, findings);
        var restore = Area(recent.Where(e => e.TestsRestore), (ExerciseTexts.RestoreNotTested, ExerciseTexts.RestoreFailed, ExerciseTexts.RestoreTested),
            periodMonths, findings);
        var outcome = (plan, restore) switch
        {
            (Outcome.Met, Outcome.Met) => Outcome.Met,
            (Outcome.NotMet, Outcome.NotMet) => Outcome.NotMet,
            _ => Outcome.PartiallyMet,
        };
        return new(ContinuityCheck, outcome, findings);
    }

    /// <param name="overdueLessonTasks">Lesson tasks from these exercises that are open past their due date.</param>
    public static CheckResult Effectiveness(IEnumerable<Exercise> exercises, int overdueLessonTasks, DateOnly today,
        int periodMonths = DefaultPeriodMonths)
    {
        var recent = InPeriod(exercises, today, periodMonths);
        if (recent.Count == 0)
            return new(EffectivenessCheck, Outcome.NotMet,
                [new(FindingSeverity.High, ExerciseTexts.NoneInPeriod.With(periodMonths))]);
        var findings = new List<Finding>
        {
            new(FindingSeverity.Info, ExerciseTexts.Held.With(recent.Count, periodMonths, recent.Sum(e => e.Lessons.Count)), [.. recent.Select(Name)]),
        };
        if (overdueLessonTasks > 0)
        {
            findings.Add(new(FindingSeverity.Medium, ExerciseTexts.LessonsOverdue.With(overdueLessonTasks)));
            return new(EffectivenessCheck, Outcome.PartiallyMet, findings);
        }
        return new(EffectivenessCheck, Outcome.Met, findings);
    }

    /// <param name="texts">The area's findings: not done in the period, the latest failed, done on a date.</param>
    private static Outcome Area(IEnumerable<Exercise> exercises, (TextCode None, TextCode Failed, TextCode Done) texts, int periodMonths,
        List<Finding> findings)
    {
        var latest = exercises.OrderBy(e => e.HeldOn).LastOrDefault();
        if (latest is null)
        {
            findings.Add(new(FindingSeverity.High, texts.None.With(periodMonths)));
            return Outcome.NotMet;
        }
        if (latest.Outcome == ExerciseOutcome.Failed)
        {
            findings.Add(new(FindingSeverity.High, texts.Failed.With(), [Name(latest)]));
            return Outcome.PartiallyMet;
        }
        findings.Add(new(FindingSeverity.Info, texts.Done.With(latest.HeldOn), [Name(latest)]));
        return Outcome.Met;
    }

    private static List<Exercise> InPeriod(IEnumerable<Exercise> exercises, DateOnly today, int periodMonths) =>
        [.. exercises.Where(e => e.HeldOn <= today && e.HeldOn > today.AddMonths(-periodMonths))];

    private static string Name(Exercise e) => $"{e.Title} ({Date(e.HeldOn)})";

    private static string Date(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
