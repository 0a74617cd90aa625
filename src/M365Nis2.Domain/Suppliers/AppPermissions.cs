using System.Text.RegularExpressions;

namespace M365Nis2.Domain.Suppliers;

/// <summary>How much a permission lets an app do in the tenant. High and Critical count as "high privilege" for (d).</summary>
public enum PrivilegeLevel
{
    Low = 0,
    Medium,
    High,
    /// <summary>Enough to take over the tenant: grant itself roles or permissions, or change the directory.</summary>
    Critical,
}

/// <summary>A permission an app holds, classified. <see cref="Application"/> false = delegated with tenant-wide consent.</summary>
public sealed record PermissionGrant(string Name, bool Application, PrivilegeLevel Level);

/// <summary>
/// Classifies Microsoft Graph (and Exchange) permission names. The lists say what "high privilege" means here:
/// Critical — tenant takeover (role management write, app role assignment write, application write, directory write,
/// Exchange full access as app, consent grant write, Conditional Access write). High — any other <c>*.ReadWrite.All</c>,
/// and any permission on the directory, mail, files, SharePoint sites, role management, Teams chats and channel messages.
/// Medium — other tenant-wide reads (<c>*.Read.All</c>) and other write scopes. Low — sign-in and own-profile scopes.
/// Delegated permissions granted for all users count the same as application permissions: the consent is tenant-wide.
/// </summary>
public static class AppPermissions
{
    public static IReadOnlyList<string> CriticalPermissions { get; } =
    [
        "RoleManagement.ReadWrite.Directory", "AppRoleAssignment.ReadWrite.All", "Application.ReadWrite.All",
        "Directory.ReadWrite.All", "full_access_as_app", "DelegatedPermissionGrant.ReadWrite.All",
        "Policy.ReadWrite.ConditionalAccess", "Domain.ReadWrite.All",
    ];

    public static IReadOnlyList<string> HighPatterns { get; } =
    [
        "*.ReadWrite.All", "Directory.*", "Mail.*", "Files.*", "Sites.*", "RoleManagement.*", "MailboxSettings.*",
        "Chat.*", "ChannelMessage.*", "EWS.*", "full_access_as_user",
    ];

    public static IReadOnlyList<string> MediumPatterns { get; } = ["*.Read.All", "*.ReadWrite", "*.ReadWrite.*", "*.Send*"];

    private static readonly Regex[] High = [.. HighPatterns.Select(Glob)];
    private static readonly Regex[] Medium = [.. MediumPatterns.Select(Glob)];

    public static PrivilegeLevel Classify(string permission)
    {
        var name = permission.Trim();
        if (CriticalPermissions.Contains(name, StringComparer.OrdinalIgnoreCase))
            return PrivilegeLevel.Critical;
        if (High.Any(r => r.IsMatch(name)))
            return PrivilegeLevel.High;
        return Medium.Any(r => r.IsMatch(name)) ? PrivilegeLevel.Medium : PrivilegeLevel.Low;
    }

    public static bool IsHighPrivilege(PrivilegeLevel level) => level >= PrivilegeLevel.High;

    /// <summary>Splits an oauth2PermissionGrant's space-separated <c>scope</c> into names.</summary>
    public static IReadOnlyList<string> SplitScope(string? scope) =>
        scope is null ? [] : scope.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static Regex Glob(string pattern) =>
        new("^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));
}
