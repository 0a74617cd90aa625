namespace M365Nis2.Domain.Suppliers;

/// <summary>A service principal in our tenant whose application is owned by another organisation, with what it holds.</summary>
/// <param name="OwnerTenantId">The <c>appOwnerOrganizationId</c>: the tenant that owns the application.</param>
/// <param name="DelegatedScopes">Scopes of oauth2PermissionGrants with consentType AllPrincipals (tenant-wide consent).</param>
public sealed record TenantApp(
    string ServicePrincipalId,
    string AppId,
    string DisplayName,
    string? PublisherName,
    string? OwnerTenantId,
    bool VerifiedPublisher,
    IReadOnlyList<string> ApplicationPermissions,
    IReadOnlyList<string> DelegatedScopes);

/// <summary>An app ranked by the permissions it holds.</summary>
public sealed record RankedApp(TenantApp App, PrivilegeLevel Level, IReadOnlyList<PermissionGrant> Permissions)
{
    public bool IsHighPrivilege => AppPermissions.IsHighPrivilege(Level);

    public int HighCount => Permissions.Count(p => AppPermissions.IsHighPrivilege(p.Level));
}

/// <summary>Which apps are third-party suppliers, and in what order the CISO sees them.</summary>
public static class TenantApps
{
    /// <summary>
    /// Microsoft's own first-party apps (owned by these tenants) are not discovered one by one: Microsoft is one supplier,
    /// registered by hand, and a tenant holds hundreds of its service principals.
    /// </summary>
    public static IReadOnlySet<string> MicrosoftTenants { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a", // Microsoft Services
        "72f988bf-86f1-41af-91ab-2d7cd011db47", // Microsoft
        "cdc5aeea-15c5-4db6-b079-fcadd2505dc2", // Microsoft (first-party, older apps)
    };

    /// <summary>Owned by another organisation than ours and not by Microsoft.</summary>
    public static bool IsThirdParty(string? ownerTenantId, string ourTenantId) =>
        !string.IsNullOrWhiteSpace(ownerTenantId)
        && !string.Equals(ownerTenantId, ourTenantId, StringComparison.OrdinalIgnoreCase)
        && !MicrosoftTenants.Contains(ownerTenantId);

    /// <summary>
    /// Third-party apps that hold any application permission or tenant-wide delegated consent, most privileged first:
    /// by level, then number of high-privilege permissions, then number of permissions, then name.
    /// </summary>
    public static IReadOnlyList<RankedApp> Rank(IEnumerable<TenantApp> apps, string ourTenantId) =>
        [.. apps
            .Where(a => IsThirdParty(a.OwnerTenantId, ourTenantId))
            .Where(a => a.ApplicationPermissions.Count + a.DelegatedScopes.Count > 0)
            .Select(Classify)
            .OrderByDescending(r => r.Level)
            .ThenByDescending(r => r.HighCount)
            .ThenByDescending(r => r.Permissions.Count)
            .ThenBy(r => r.App.DisplayName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.App.AppId, StringComparer.Ordinal)];

    public static RankedApp Classify(TenantApp app)
    {
        var permissions = app.ApplicationPermissions.Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(p => new PermissionGrant(p, true, AppPermissions.Classify(p)))
            .Concat(app.DelegatedScopes.Distinct(StringComparer.OrdinalIgnoreCase)
                .Select(p => new PermissionGrant(p, false, AppPermissions.Classify(p))))
            .OrderByDescending(p => p.Level).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var level = permissions.Count == 0 ? PrivilegeLevel.Low : permissions.Max(p => p.Level);
        return new RankedApp(app, level, permissions);
    }
}
