namespace M365Nis2.Domain.Evidence.Hygiene;

/// <summary>A directory user with sign-in activity (<c>/users?$select=…,signInActivity</c>).</summary>
/// <param name="LastSignIn">The latest of interactive and non-interactive sign-ins; null when never signed in.</param>
public sealed record DirectoryUser(string Id, string UserPrincipalName, string DisplayName, bool IsGuest, bool Enabled, DateTimeOffset? CreatedAt, DateTimeOffset? LastSignIn);

/// <summary>An access review definition and its most recent completed instance (<c>/identityGovernance/accessReviews</c>).</summary>
public sealed record AccessReview(string Id, string Name, string Status, DateTimeOffset? LastCompletedAt);

/// <summary>A directory audit event (<c>/auditLogs/directoryAudits</c>) in the RoleManagement or Policy category.</summary>
/// <param name="InitiatedBy">User or app that made the change.</param>
/// <param name="Service">loggedByService, e.g. "PIM" or "Core Directory".</param>
public sealed record DirectoryAuditEvent(string Id, string Activity, string Category, DateTimeOffset At, string InitiatedBy, string Target, string Result, string? Service);

/// <summary>What the Entra hygiene rules read besides the streamed users.</summary>
public sealed record HygieneEvidence(Collected<IReadOnlyList<AccessReview>> AccessReviews, Collected<IReadOnlyList<DirectoryAuditEvent>> Audits);

/// <summary>Stable keys of the Entra hygiene checks.</summary>
public static class HygieneChecks
{
    public const string Source = "entra";
    public const string InactiveAccounts = "entra.inactive-accounts";
    public const string Guests = "entra.guests";
    public const string AccessReviews = "entra.access-reviews";
    public const string PrivilegedChanges = "entra.privileged-changes";
}
