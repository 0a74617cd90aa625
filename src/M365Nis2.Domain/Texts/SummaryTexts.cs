namespace M365Nis2.Domain.Texts;

/// <summary>The one-line status summaries of the controls overview, per feature that reports a status.</summary>
public static class SummaryTexts
{
    public static readonly TextCode MfaRegistered = new("summary.mfa", "{percent:0.#} % of enabled members MFA-registered",
        "{percent:0.#} % af de aktiverede medlemmer er registreret til MFA");
    public static readonly TextCode Automated = new("summary.automated", "Automated from {sources}. {rule}", "Automatisk fra {sources}. {rule}");

    public static readonly TextCode SuppliersNone = new("summary.suppliers.none", "No suppliers registered and discovery has not run.",
        "Ingen leverandører er registreret, og søgningen efter leverandører har ikke kørt.");
    public static readonly TextCode Suppliers = new("summary.suppliers",
        "{count} suppliers; {current} of {critical} critical assessed within 12 months; {outcome}",
        "{count} leverandører; {current} af {critical} kritiske vurderet inden for 12 måneder; {outcome}");

    public static readonly TextCode IncidentsNone = new("summary.incidents.none", "The incident register is in place; no incidents reported.",
        "Hændelsesregistret er på plads; ingen hændelser er indrapporteret.");
    public static readonly TextCode Incidents = new("summary.incidents",
        "{count} incident(s) in the register, {awaiting} awaiting classification, {open} open significant.",
        "{count} hændelse(r) i registret, {awaiting} afventer klassificering, {open} åbne væsentlige.");
    public static readonly TextCode IncidentDeadlines = new("summary.incidents.deadlines",
        "Reporting deadlines: {met} met, {missed} missed, {overdue} overdue now; {open} open significant incident(s).",
        "Indberetningsfrister: {met} overholdt, {missed} overskredet, {overdue} over fristen nu; {open} åbne væsentlige hændelse(r).");

    public static readonly TextCode PoliciesNone = new("summary.policies.none", "No policies in the register yet.", "Ingen politikker i registret endnu.");
    public static readonly TextCode Policies = new("summary.policies",
        "{current} of {count} policies approved and current; {overdue} overdue; {pending} awaiting board approval.",
        "{current} af {count} politikker godkendt og gældende; {overdue} over fristen; {pending} afventer ledelsens godkendelse.");

    public static readonly TextCode BoardTraining = new("summary.training.board", "{current} of {count} board members are current on cybersecurity training.",
        "{current} af {count} bestyrelsesmedlemmer har gældende træning i cybersikkerhed.");
    public static readonly TextCode Awareness = new("summary.training.awareness",
        "{campaigns} awareness campaigns; {completed} of {sent} prompted employees completed.",
        "{campaigns} awareness-kampagner; {completed} af {sent} adspurgte medarbejdere har gennemført.");
}
