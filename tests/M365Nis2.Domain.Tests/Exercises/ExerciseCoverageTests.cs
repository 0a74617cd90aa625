using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Exercises;
using static M365Nis2.Domain.Tests.Exercises.ExerciseTests;

namespace M365Nis2.Domain.Tests.Exercises;

public class ExerciseCoverageTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);
    private static readonly ExerciseLesson Lesson = new("Print the contact list", "ciso-1", new DateOnly(2026, 7, 1));

    [Fact]
    public void Continuity_is_met_with_a_plan_exercise_and_a_restore_test_in_the_last_twelve_months()
    {
        var result = ExerciseCoverage.Continuity([Make(ExerciseKind.Tabletop, new(2025, 9, 30)), Make(ExerciseKind.RestoreTest, new(2026, 5, 28))], Today);
        Assert.Equal(Outcome.Met, result.Outcome);
        Assert.All(result.Findings, f => Assert.Equal(FindingSeverity.Info, f.Severity));
    }

    [Fact]
    public void A_disaster_recovery_test_covers_both() =>
        Assert.Equal(Outcome.Met, ExerciseCoverage.Continuity([Make(ExerciseKind.DisasterRecovery, new(2026, 1, 10))], Today).Outcome);

    [Fact]
    public void Only_one_of_the_two_is_partially_met_and_says_what_is_missing()
    {
        var result = ExerciseCoverage.Continuity([Make(ExerciseKind.Tabletop, new(2026, 1, 10))], Today);
        Assert.Equal(Outcome.PartiallyMet, result.Outcome);
        Assert.Contains(result.Findings, f => f is { Severity: FindingSeverity.High, Message: "Restoring from backup was not tested in the last 12 months." });
    }

    [Fact]
    public void Exercises_older_than_the_period_or_in_the_future_do_not_count()
    {
        var result = ExerciseCoverage.Continuity([Make(ExerciseKind.DisasterRecovery, new(2025, 6, 1)), Make(ExerciseKind.DisasterRecovery, new(2026, 6, 2))], Today);
        Assert.Equal(Outcome.NotMet, result.Outcome);
        Assert.Equal(Outcome.Met, ExerciseCoverage.Continuity([Make(ExerciseKind.DisasterRecovery, new(2025, 6, 2))], Today).Outcome);
    }

    [Fact]
    public void A_failed_latest_test_is_partially_met_until_a_repeat_succeeds()
    {
        var failed = Make(ExerciseKind.RestoreTest, new(2026, 3, 1), ExerciseOutcome.Failed, Lesson);
        var plan = Make(ExerciseKind.Tabletop, new(2026, 2, 1));
        var result = ExerciseCoverage.Continuity([plan, Make(ExerciseKind.RestoreTest, new(2026, 1, 1)), failed], Today);
        Assert.Equal(Outcome.PartiallyMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Subjects.Contains("RestoreTest exercise (2026-03-01)"));
        Assert.Equal(Outcome.Met, ExerciseCoverage.Continuity([plan, failed, Make(ExerciseKind.RestoreTest, new(2026, 4, 1))], Today).Outcome);
    }

    [Fact]
    public void Findings_name_exercises_never_participants()
    {
        var result = ExerciseCoverage.Continuity([Make(ExerciseKind.DisasterRecovery, new(2026, 1, 10))], Today);
        Assert.DoesNotContain(result.Findings.SelectMany(f => f.Subjects.Append(f.Message)), s => s.Contains("ciso-1", StringComparison.Ordinal));
    }

    [Fact]
    public void Effectiveness_needs_an_exercise_in_the_period() =>
        Assert.Equal(Outcome.NotMet, ExerciseCoverage.Effectiveness([Make(ExerciseKind.Tabletop, new(2025, 5, 1))], 0, Today).Outcome);

    [Fact]
    public void Effectiveness_is_met_when_lessons_are_followed_up_and_partially_met_when_they_are_overdue()
    {
        var exercises = new[] { Make(ExerciseKind.Tabletop, new(2026, 2, 1), ExerciseOutcome.SucceededWithFindings, Lesson) };
        var met = ExerciseCoverage.Effectiveness(exercises, 0, Today);
        Assert.Equal(Outcome.Met, met.Outcome);
        Assert.Equal("1 exercise(s) or test(s) in the last 12 months, 1 lesson(s) learned.", met.Findings[0].Message);
        var late = ExerciseCoverage.Effectiveness(exercises, 2, Today);
        Assert.Equal(Outcome.PartiallyMet, late.Outcome);
        Assert.Contains(late.Findings, f => f.Message == "2 lesson(s) learned are overdue: the follow-up is not done.");
    }
}
