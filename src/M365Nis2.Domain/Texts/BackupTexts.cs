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
}
