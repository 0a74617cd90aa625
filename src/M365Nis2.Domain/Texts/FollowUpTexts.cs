namespace M365Nis2.Domain.Texts;

/// <summary>
/// Titles, descriptions and closing comments of the follow-up tasks other features open (risk treatment, supplier
/// findings, exercise lessons, the registration duty, evidence runs). What people wrote themselves (a planned measure, a
/// lesson, a risk title) goes in as an argument and stays in the language it was written in.
/// </summary>
public static class FollowUpTexts
{
    public static readonly TextCode RiskPlanTitle = new("followup.risk.plan.title", "Risk {risk}: {measure}", "Risiko {risk}: {measure}");
    public static readonly TextCode RiskConditionTitle = new("followup.risk.condition.title", "Risk {risk}, condition: {condition}",
        "Risiko {risk}, betingelse: {condition}");
    public static readonly TextCode RiskPlanDescription = new("followup.risk.plan.description",
        "Planned measure of the treatment plan the risk owner approved for {risk} ({title}): {measure}",
        "Planlagt tiltag i den behandlingsplan, risikoejeren har godkendt for {risk} ({title}): {measure}");
    public static readonly TextCode RiskConditionDescription = new("followup.risk.condition.description",
        "Condition of the board's acceptance of {risk} ({title}): {condition}",
        "Betingelse for ledelsens accept af {risk} ({title}): {condition}");

    public static readonly TextCode SupplierTitle = new("followup.supplier.title", "{supplier}: {finding}", "{supplier}: {finding}");
    public static readonly TextCode SupplierDescription = new("followup.supplier.description",
        "{severity} finding from the supplier assessment of {supplier} (tier {tier}): {finding}",
        "{severity} fund fra leverandørvurderingen af {supplier} (niveau {tier}): {finding}");

    public static readonly TextCode LessonTitle = new("followup.lesson.title", "Lesson learned: {lesson}", "Erfaring fra øvelse: {lesson}");
    public static readonly TextCode LessonDescription = new("followup.lesson.description", "Lesson learned from \"{exercise}\" ({held}): {lesson}",
        "Erfaring fra \"{exercise}\" ({held}): {lesson}");
    public static readonly TextCode ExerciseRecorded = new("followup.exercise.done", "Done: \"{exercise}\" held {held} was recorded (exercise {id}).",
        "Udført: \"{exercise}\" afholdt {held} er registreret (øvelse {id}).");

    public static readonly TextCode RegistrationTitle = new("followup.registration.title", "Update the NIS2 registration with the authority",
        "Opdatér NIS2-registreringen hos myndigheden");
    public static readonly TextCode RegistrationDescription = new("followup.registration.description",
        "The registration record changed (version {version}: {fields}). The authority must have the new details within 14 days of the "
            + "first change; mark the version submitted in the tab when it is done.",
        "Registreringen er ændret (version {version}: {fields}). Myndigheden skal have de nye oplysninger senest 14 dage efter den "
            + "første ændring; markér versionen som indsendt i fanen, når det er gjort.");
    public static readonly TextCode RegistrationSubmitted = new("followup.registration.submitted", "Version {version} was marked submitted to the authority.",
        "Version {version} er markeret som indsendt til myndigheden.");

    public static readonly TextCode FindingGone = new("followup.finding.gone", "Run {run}: {source} no longer finds this ({key}).",
        "Kørsel {run}: {source} finder ikke længere dette ({key}).");

    /// <summary>A rendered title cut to <paramref name="max"/> characters with an ellipsis, never between a surrogate pair.</summary>
    public static string Cut(string line, int max)
    {
        line = line.ReplaceLineEndings(" ").Trim();
        if (line.Length <= max)
            return line;
        var cut = max - 1;
        if (char.IsHighSurrogate(line[cut - 1]))
            cut--;
        return line[..cut] + "…";
    }
}
