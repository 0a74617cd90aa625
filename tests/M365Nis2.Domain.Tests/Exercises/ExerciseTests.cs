using M365Nis2.Domain.Exercises;

namespace M365Nis2.Domain.Tests.Exercises;

public class ExerciseTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    internal static Exercise Make(ExerciseKind kind, DateOnly heldOn, ExerciseOutcome outcome = ExerciseOutcome.Succeeded,
        params ExerciseLesson[] lessons) =>
        new($"ex-{kind}-{heldOn:yyyyMMdd}", kind, $"{kind} exercise", "Ransomware encrypts the file servers on a Friday night", heldOn,
            ["ciso-1", "it-ops-1"], outcome, "", lessons);

    [Fact]
    public void A_complete_record_is_valid() => Assert.Empty(Make(ExerciseKind.Tabletop, Today).Validate(Today));

    [Fact]
    public void A_record_lists_every_problem()
    {
        var bad = new Exercise("x", (ExerciseKind)7, " ", "", Today.AddDays(1), [" "], (ExerciseOutcome)9, "", []);
        Assert.Equal(7, bad.Validate(Today).Count);
    }

    [Fact]
    public void An_exercise_that_did_not_fully_succeed_needs_lessons() =>
        Assert.Contains("An exercise that did not fully succeed needs at least one lesson learned.",
            Make(ExerciseKind.RestoreTest, Today, ExerciseOutcome.Failed).Validate(Today));

    [Fact]
    public void Each_lesson_needs_text_an_owner_and_a_due_date_after_the_exercise()
    {
        var errors = Make(ExerciseKind.Tabletop, Today, ExerciseOutcome.SucceededWithFindings, new ExerciseLesson("", "", Today.AddDays(-1)))
            .Validate(Today);
        Assert.Equal(["Lesson 1: describe what to change.", "Lesson 1: choose an owner.", "Lesson 1: the due date is before the exercise."], errors);
    }

    [Theory]
    [InlineData(ExerciseKind.Tabletop, true, false)]
    [InlineData(ExerciseKind.RestoreTest, false, true)]
    [InlineData(ExerciseKind.DisasterRecovery, true, true)]
    public void Kinds_count_for_the_plan_the_restore_or_both(ExerciseKind kind, bool plan, bool restore)
    {
        var e = Make(kind, Today);
        Assert.Equal((plan, restore), (e.ExercisesPlan, e.TestsRestore));
    }
}
