using M365Nis2.Domain.Exercises;
using M365Nis2.Domain.Tasks;
using static M365Nis2.Domain.Tests.Exercises.ExerciseTests;

namespace M365Nis2.Domain.Tests.Exercises;

public class ExerciseWheelTests
{
    private static IReadOnlyList<string> Covered(ExerciseKind kind, DateOnly heldOn) =>
        [.. ExerciseWheel.Covers(Make(kind, heldOn), AnnualWheel.Nis2Default).Select(o => o.SourceId)];

    [Fact]
    public void A_restore_test_closes_the_restore_occurrence_open_that_day() =>
        Assert.Equal(["restore-test/2026-05-28"], Covered(ExerciseKind.RestoreTest, new(2026, 5, 20)));

    [Fact]
    public void Before_the_next_occurrence_opens_it_closes_the_previous_overdue_one() =>
        Assert.Equal(["restore-test/2026-02-28"], Covered(ExerciseKind.RestoreTest, new(2026, 5, 10)));

    [Fact]
    public void A_tabletop_closes_the_continuity_exercise_only() =>
        Assert.Equal(["continuity-exercise/2026-09-30"], Covered(ExerciseKind.Tabletop, new(2026, 9, 1)));

    [Fact]
    public void A_disaster_recovery_test_closes_both() =>
        Assert.Equal(["restore-test/2026-08-28", "continuity-exercise/2026-09-30"], Covered(ExerciseKind.DisasterRecovery, new(2026, 9, 10)));

    [Fact]
    public void On_the_day_an_occurrence_opens_it_is_the_one_closed() =>
        Assert.Equal(["continuity-exercise/2026-09-30"], Covered(ExerciseKind.Tabletop, new(2026, 8, 16)));

    [Fact]
    public void Without_the_matching_activity_in_the_wheel_nothing_is_closed() =>
        Assert.Empty(ExerciseWheel.Covers(Make(ExerciseKind.RestoreTest, new(2026, 5, 20)),
            AnnualWheel.Nis2Default.Where(a => a.Id != ExerciseWheel.RestoreActivity)));
}
