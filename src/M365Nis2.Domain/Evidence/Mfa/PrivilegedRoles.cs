namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>
/// Built-in Entra role template ids treated as privileged by default. The set is the fourteen roles of Microsoft's
/// "Require multifactor authentication for admins" Conditional Access template; ids from the Microsoft Entra built-in
/// roles reference (learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference). Template ids
/// are the same in every tenant, so they are safe to hard-code.
/// </summary>
public static class PrivilegedRoles
{
    public const string GlobalAdministrator = "62e90394-69f5-4237-9190-012177145e10";
    public const string PrivilegedRoleAdministrator = "e8611ab8-c189-46e8-94e1-60213ab1f814";
    public const string SecurityAdministrator = "194ae4cb-b126-40b2-bd5b-6091b380977d";
    public const string ExchangeAdministrator = "29232cdf-9323-42fd-ade2-1d097af3e4de";
    public const string SharePointAdministrator = "f28a1f50-f6e7-4571-818b-6a12f2af6b6c";
    public const string UserAdministrator = "fe930be7-5e62-47db-91af-98c3a49a38b1";
    public const string ConditionalAccessAdministrator = "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9";
    public const string AuthenticationAdministrator = "c4e39bd9-1100-46d3-8c65-fb160da0071f";
    public const string PrivilegedAuthenticationAdministrator = "7be44c8a-adaf-4e2a-84d6-ab2649e08a13";
    public const string ApplicationAdministrator = "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3";
    public const string CloudApplicationAdministrator = "158c047a-c907-4556-b7ef-446551a6b5f7";
    public const string HelpdeskAdministrator = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
    public const string PasswordAdministrator = "966707d0-3269-4727-9be2-8c3a10f19b9d";
    public const string BillingAdministrator = "b0f54661-2d74-4c50-afa3-1ec803f12efe";

    /// <summary>Template id → English role name, used to name roles in findings.</summary>
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [GlobalAdministrator] = "Global Administrator",
        [PrivilegedRoleAdministrator] = "Privileged Role Administrator",
        [SecurityAdministrator] = "Security Administrator",
        [ExchangeAdministrator] = "Exchange Administrator",
        [SharePointAdministrator] = "SharePoint Administrator",
        [UserAdministrator] = "User Administrator",
        [ConditionalAccessAdministrator] = "Conditional Access Administrator",
        [AuthenticationAdministrator] = "Authentication Administrator",
        [PrivilegedAuthenticationAdministrator] = "Privileged Authentication Administrator",
        [ApplicationAdministrator] = "Application Administrator",
        [CloudApplicationAdministrator] = "Cloud Application Administrator",
        [HelpdeskAdministrator] = "Helpdesk Administrator",
        [PasswordAdministrator] = "Password Administrator",
        [BillingAdministrator] = "Billing Administrator",
    };

    /// <summary>The default privileged set (all of <see cref="Names"/>).</summary>
    public static IReadOnlyList<string> Default { get; } = [.. Names.Keys];

    /// <summary>"Global Administrator (62e9…)" for a known template id, else the id.</summary>
    public static string Label(string templateId) =>
        Names.TryGetValue(templateId, out var name) ? $"{name} ({templateId})" : templateId;
}
