namespace M365Nis2.Domain.Texts;

/// <summary>Findings of the Microsoft 365 Backup check (c). Workload and policy names are never translated.</summary>
public static class BackupTexts
{
    public static readonly TextCode Unreadable = new("backup.unreadable", "Microsoft 365 Backup could not be read ({status}).",
        "Microsoft 365 Backup kunne ikke læses ({status}).");
    public static readonly TextCode NotEnabled = new("backup.notenabled",
        "Microsoft 365 Backup is not enabled (status {state}); if another backup product is used, upload its evidence for this measure.",
        "Microsoft 365 Backup er ikke slået til (status {state}); bruges et andet backupprodukt, så upload dets dokumentation for dette tiltag.");
    public static readonly TextCode PoliciesUnreadable = new("backup.policies.unreadable", "Protection policies could not be read ({status}).",
        "Beskyttelsespolitikkerne kunne ikke læses ({status}).");
    public static readonly TextCode Covered = new("backup.covered", "Active protection for {workloads}.", "Aktiv beskyttelse af {workloads}.");
    public static readonly TextCode Missing = new("backup.missing", "No active protection policy for {workloads}.",
        "Ingen aktiv beskyttelsespolitik for {workloads}.");
    public static readonly TextCode Errors = new("backup.errors", "{count} protection policy(ies) run with errors.",
        "{count} beskyttelsespolitik(ker) kører med fejl.");
    public static readonly TextCode Inactive = new("backup.inactive", "{count} protection policy(ies) are inactive.",
        "{count} beskyttelsespolitik(ker) er inaktive.");

    // The named protection policies: name and workload as Microsoft 365 Backup has them, the words around them in the
    // reader's language. The usual policy states have Danish words.
    public static readonly TextCode SubjectPolicyUnits = new("backup.subject.units", "{name} ({workload}, {units} unit(s), {status})",
        "{name} ({workload}, {units} enhed(er), {status})");
    public static readonly TextCode SubjectPolicy = new("backup.subject.policy", "{name} ({workload}, {status})", "{name} ({workload}, {status})");
    public static readonly TextCode StateActive = new("backup.state.active", "active", "aktiv");
    public static readonly TextCode StateActiveWithErrors = new("backup.state.activewitherrors", "activeWithErrors", "aktiv med fejl");
    public static readonly TextCode StateInactive = new("backup.state.inactive", "inactive", "inaktiv");
    public static readonly TextCode StateUpdateRequested = new("backup.state.updaterequested", "updateRequested", "afventer opdatering");
}
