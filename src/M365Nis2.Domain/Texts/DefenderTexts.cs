namespace M365Nis2.Domain.Texts;

/// <summary>Findings of the Defender XDR checks (b): detection and incident handling.</summary>
public static class DefenderTexts
{
    public static readonly TextCode AlertsUnreadable = new("defender.alerts.unreadable", "Defender alerts could not be read ({status}).",
        "Defender-advarsler kunne ikke læses ({status}).");
    public static readonly TextCode NoAlerts = new("defender.alerts.none",
        "Defender raised no alert in {days} days; check that devices, mail and identities are onboarded to Defender.",
        "Defender har ikke givet nogen advarsel i {days} dage; kontrollér, at enheder, mail og identiteter er tilsluttet Defender.");
    public static readonly TextCode Alerts = new("defender.alerts",
        "{count} alert(s) in {days} days ({bySeverity}) from {sources} detection source(s).",
        "{count} advarsel(er) på {days} dage ({bySeverity}) fra {sources} detektionskilde(r).");
    public static readonly TextCode IncidentsUnreadable = new("defender.incidents.unreadable", "Defender incidents could not be read ({status}).",
        "Defender-hændelser kunne ikke læses ({status}).");
    public static readonly TextCode Incidents = new("defender.incidents",
        "{count} incident(s) in {days} days: {resolved} resolved, {open} open.",
        "{count} hændelse(r) på {days} dage: {resolved} løst, {open} åbne.");
    public static readonly TextCode OverdueHigh = new("defender.incidents.overdue.high",
        "{count} high-severity incident(s) open for more than {days} days.",
        "{count} hændelse(r) med høj alvor har været åbne i mere end {days} dage.");
    public static readonly TextCode OverdueOther = new("defender.incidents.overdue.other",
        "{count} lower-severity incident(s) open for more than {days} days.",
        "{count} hændelse(r) med lavere alvor har været åbne i mere end {days} dage.");
    public static readonly TextCode UnassignedHigh = new("defender.incidents.unassigned",
        "{count} open high-severity incident(s) have no owner.",
        "{count} åbne hændelse(r) med høj alvor har ingen ejer.");

    // The named incidents and detection sources: ids, titles and products as Defender has them, the words around them
    // in the reader's language. Defender's severities have Danish words.
    public static readonly TextCode SubjectIncident = new("defender.subject.incident", "{name} ({severity}, open {days} d)",
        "{name} ({severity}, åben i {days} d.)");
    public static readonly TextCode SubjectSource = new("defender.subject.source", "{source}: {count}", "{source}: {count}");
    public static readonly TextCode SourceUnknown = new("defender.source.unknown", "unknown", "ukendt");
    public static readonly TextCode SeverityHigh = new("defender.severity.high", "high", "høj");
    public static readonly TextCode SeverityMedium = new("defender.severity.medium", "medium", "middel");
    public static readonly TextCode SeverityLow = new("defender.severity.low", "low", "lav");
    public static readonly TextCode SeverityInformational = new("defender.severity.informational", "informational", "informativ");
}
