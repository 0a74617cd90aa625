using M365Nis2.Domain.Tasks;

namespace M365Nis2.Domain.Exercises;

/// <summary>
/// Which annual-wheel occurrences a recorded exercise does: a tabletop exercises the plan (the "continuity-exercise"
/// activity), a restore test the backups ("restore-test"), a disaster-recovery test both (in the wheel's order). For each matching activity it
/// is the latest occurrence already open on the day the exercise was held (its task exists, or is overdue); an exercise
/// held before the next occurrence opens does not close that future one, which the wheel opens as usual.
/// </summary>
public static class ExerciseWheel
{
    public const string ContinuityActivity = "continuity-exercise";
    public const string RestoreActivity = "restore-test";

    public static IReadOnlyList<WheelOccurrence> Covers(Exercise exercise, IEnumerable<WheelActivity> activities)
    {
        var ids = new List<string>();
        if (exercise.ExercisesPlan)
            ids.Add(ContinuityActivity);
        if (exercise.TestsRestore)
            ids.Add(RestoreActivity);
        var covered = new List<WheelOccurrence>();
        foreach (var activity in activities.Where(a => ids.Contains(a.Id)))
        {
            var open = activity.Recurrence.Between(exercise.HeldOn.AddYears(-1), exercise.HeldOn.AddDays(activity.LeadDays))
                .Select(d => new WheelOccurrence(activity, d))
                .Where(o => o.OpensOn <= exercise.HeldOn)
                .MaxBy(o => o.DueDate);
            if (open is not null)
                covered.Add(open);
        }
        return covered;
    }
}
