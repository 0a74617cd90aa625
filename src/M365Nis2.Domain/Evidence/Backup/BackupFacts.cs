namespace M365Nis2.Domain.Evidence.Backup;

/// <summary>The Microsoft 365 workloads Microsoft 365 Backup protects.</summary>
public enum BackupWorkload
{
    Exchange,
    SharePoint,
    OneDrive,
}

/// <summary>A Microsoft 365 Backup protection policy (<c>/solutions/backupRestore/protectionPolicies</c>).</summary>
/// <param name="Status">Graph's protectionPolicyStatus: inactive, activeWithErrors, updateRequested, active, …</param>
/// <param name="ProtectedUnits">Mailboxes, sites or drives the policy covers, when known.</param>
public sealed record ProtectionPolicy(string Id, string Name, BackupWorkload Workload, string Status, int? ProtectedUnits)
{
    public bool IsActive => string.Equals(Status, "active", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Status, "updateRequested", StringComparison.OrdinalIgnoreCase);

    public bool HasErrors => string.Equals(Status, "activeWithErrors", StringComparison.OrdinalIgnoreCase);
}

/// <summary>What the backup rule reads: whether the service is enabled and the policies.</summary>
/// <param name="Service">backupRestore serviceStatus; disabled when pay-as-you-go billing is not set up.</param>
public sealed record BackupEvidence(Collected<BackupService> Service, Collected<IReadOnlyList<ProtectionPolicy>> Policies);

public sealed record BackupService(bool Enabled, string Status);

/// <summary>Stable keys of the backup check.</summary>
public static class BackupChecks
{
    public const string Source = "backup";
    public const string Coverage = "backup.coverage";
}
