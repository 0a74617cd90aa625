namespace M365Nis2.Domain.Texts;

/// <summary>Findings of the exercise coverage checks for (c) and (f). Exercises are named by title and date, as recorded.</summary>
public static class ExerciseTexts
{
    public static readonly TextCode PlanNotExercised = new("exercise.plan.none", "The contingency plan was not exercised in the last {months} months.",
        "Beredskabsplanen er ikke øvet inden for de seneste {months} måneder.");
    public static readonly TextCode PlanFailed = new("exercise.plan.failed",
        "The contingency plan: the latest test failed; repeat it after the lessons are done.",
        "Beredskabsplanen: den seneste test mislykkedes; gentag den, når erfaringerne er fulgt op.");
    public static readonly TextCode PlanExercised = new("exercise.plan.done", "The contingency plan was exercised on {held}.",
        "Beredskabsplanen blev øvet den {held}.");

    public static readonly TextCode RestoreNotTested = new("exercise.restore.none", "Restoring from backup was not tested in the last {months} months.",
        "Gendannelse fra backup er ikke testet inden for de seneste {months} måneder.");
    public static readonly TextCode RestoreFailed = new("exercise.restore.failed",
        "Restoring from backup: the latest test failed; repeat it after the lessons are done.",
        "Gendannelse fra backup: den seneste test mislykkedes; gentag den, når erfaringerne er fulgt op.");
    public static readonly TextCode RestoreTested = new("exercise.restore.done", "Restoring from backup was tested on {held}.",
        "Gendannelse fra backup blev testet den {held}.");

    public static readonly TextCode NoneInPeriod = new("exercise.effectiveness.none", "No exercise or test of the measures in the last {months} months.",
        "Ingen øvelse eller test af foranstaltningerne inden for de seneste {months} måneder.");
    public static readonly TextCode Held = new("exercise.effectiveness.held",
        "{count} exercise(s) or test(s) in the last {months} months, {lessons} lesson(s) learned.",
        "{count} øvelse(r) eller test inden for de seneste {months} måneder, {lessons} erfaring(er) opsamlet.");
    public static readonly TextCode LessonsOverdue = new("exercise.effectiveness.overdue", "{count} lesson(s) learned are overdue: the follow-up is not done.",
        "{count} erfaring(er) er over fristen: opfølgningen er ikke gjort.");

    /// <summary>The overview line before anything is recorded.</summary>
    public static readonly TextCode NoneRecorded = new("exercise.none", "No exercise or restore test recorded yet.",
        "Ingen øvelse eller gendannelsestest er registreret endnu.");
}
