namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>Entra built-in directory role template ids (identical in every tenant) used by the demo tenant.</summary>
public static class DemoRoles
{
    public const string GlobalAdministrator = "62e90394-69f5-4237-9190-012177145e10";
    public const string SecurityAdministrator = "194ae4cb-b126-40b2-bd5b-6091b380977d";
    public const string UserAdministrator = "fe930be7-5e62-47db-91af-98c3a49a38b1";
    public const string ConditionalAccessAdministrator = "b1be1c3e-b65d-4f19-8427-f6fa0d97feb9";
    public const string PrivilegedRoleAdministrator = "e8611ab8-c189-46e8-94e1-60213ab1f814";
    public const string ExchangeAdministrator = "29232cdf-9323-42fd-ade2-1d097af3e4de";
    public const string SharePointAdministrator = "f28a1f50-f6e7-4571-818b-6a12f2af6b6c";
    public const string HelpdeskAdministrator = "729827e3-9c14-49f7-bb1b-9608f156bbb8";
    public const string ApplicationAdministrator = "9b895d92-2cd3-44c7-9d02-a6ac2d5ea5c3";
    public const string AuthenticationAdministrator = "c4e39bd9-1100-46d3-8c65-fb160da0071f";
    public const string PrivilegedAuthenticationAdministrator = "7be44c8a-adaf-4e2a-84d6-ab2649e08a13";

    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>
    {
        [GlobalAdministrator] = "Global Administrator",
        [SecurityAdministrator] = "Security Administrator",
        [UserAdministrator] = "User Administrator",
        [ConditionalAccessAdministrator] = "Conditional Access Administrator",
        [PrivilegedRoleAdministrator] = "Privileged Role Administrator",
        [ExchangeAdministrator] = "Exchange Administrator",
        [SharePointAdministrator] = "SharePoint Administrator",
        [HelpdeskAdministrator] = "Helpdesk Administrator",
        [ApplicationAdministrator] = "Application Administrator",
        [AuthenticationAdministrator] = "Authentication Administrator",
        [PrivilegedAuthenticationAdministrator] = "Privileged Authentication Administrator",
    };

    /// <summary>Who holds which role: CISO and Jonas Berg are Global Admins, as is the break-glass account.</summary>
    public static IEnumerable<(DemoUser User, string RoleId)> Assignments(DemoDirectory d) =>
    [
        (d.Ciso, GlobalAdministrator),
        (d.Ciso, SecurityAdministrator),
        (d.ItAdmins[0], GlobalAdministrator),
        (d.ItAdmins[0], ConditionalAccessAdministrator),
        (d.ItAdmins[1], UserAdministrator),
        (d.BreakGlass, GlobalAdministrator),
    ];
}
