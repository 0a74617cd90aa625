namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>
/// The demo tenant's identity policies, chosen so an evaluation finds something real: MFA for all users is enforced but
/// excludes a printer group besides the break-glass account, legacy authentication is only report-only, security
/// defaults are off, and SMS is still an enabled method.
/// </summary>
internal static class DemoPolicies
{
    public static readonly string RequireMfaAllUsersId = DemoIds.For("ca:require-mfa-all-users");
    public static readonly string PhishingResistantAdminsId = DemoIds.For("ca:phishing-resistant-admins");
    public static readonly string BlockLegacyAuthId = DemoIds.For("ca:block-legacy-auth");
    public static readonly string OldExternalMfaId = DemoIds.For("ca:old-external-mfa");

    private static readonly string[] AdminRoles =
    [
        DemoRoles.GlobalAdministrator, DemoRoles.SecurityAdministrator, DemoRoles.ConditionalAccessAdministrator,
        DemoRoles.UserAdministrator, DemoRoles.PrivilegedRoleAdministrator, DemoRoles.ExchangeAdministrator,
        DemoRoles.SharePointAdministrator, DemoRoles.HelpdeskAdministrator, DemoRoles.ApplicationAdministrator,
        DemoRoles.AuthenticationAdministrator, DemoRoles.PrivilegedAuthenticationAdministrator,
    ];

    public static IReadOnlyList<Dictionary<string, object?>> ConditionalAccess(DemoDirectory d) =>
    [
        Policy(RequireMfaAllUsersId, "CA001: Require MFA for all users", "enabled",
            Users(include: ["All"], excludeUsers: [d.BreakGlass.Id], excludeGroups: [DemoDirectory.LegacyPrinterExclusionGroupId]),
            ["all"], Grant(["mfa"])),
        Policy(PhishingResistantAdminsId, "CA002: Require phishing-resistant MFA for admins", "enabled",
            Users(includeRoles: AdminRoles, excludeUsers: [d.BreakGlass.Id]),
            ["all"], Grant([], PhishingResistantStrength())),
        Policy(BlockLegacyAuthId, "CA003: Block legacy authentication", "enabledForReportingButNotEnforced",
            Users(include: ["All"], excludeUsers: [d.BreakGlass.Id]),
            ["exchangeActiveSync", "other"], Grant(["block"])),
        Policy(OldExternalMfaId, "CA000 (old): Require MFA outside the office network", "disabled",
            Users(include: ["All"]),
            ["browser", "mobileAppsAndDesktopClients"], Grant(["mfa"])),
    ];

    public static Dictionary<string, object?> SecurityDefaults() => new()
    {
        ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#policies/identitySecurityDefaultsEnforcementPolicy/$entity",
        ["id"] = "00000000-0000-0000-0000-000000000005",
        ["displayName"] = "Security Defaults",
        ["description"] = "Security defaults is a set of basic identity security mechanisms recommended by Microsoft. When enabled, these recommendations will be automatically enforced in your organization. Administrators and users will be better protected from common identity related attacks.",
        ["isEnabled"] = false,
    };

    public static Dictionary<string, object?> AuthenticationMethods() => new()
    {
        ["@odata.context"] = "https://graph.microsoft.com/v1.0/$metadata#authenticationMethodsPolicy",
        ["id"] = "authenticationMethodsPolicy",
        ["displayName"] = "Authentication Methods Policy",
        ["description"] = "The tenant-wide policy that controls which authentication methods are allowed in the tenant, authentication method registration requirements, and self-service password reset settings",
        ["lastModifiedDateTime"] = DemoGraphJson.Timestamp,
        ["policyVersion"] = "1.5",
        ["policyMigrationState"] = "migrationComplete",
        ["registrationEnforcement"] = new Dictionary<string, object?>
        {
            ["authenticationMethodsRegistrationCampaign"] = new Dictionary<string, object?>
            {
                ["snoozeDurationInDays"] = 1,
                ["state"] = "enabled",
                ["excludeTargets"] = Array.Empty<object>(),
                ["includeTargets"] = new[] { new Dictionary<string, object?> { ["id"] = "all_users", ["targetType"] = "group", ["targetedAuthenticationMethod"] = "microsoftAuthenticator" } },
            },
        },
        ["authenticationMethodConfigurations"] = new[]
        {
            Method("#microsoft.graph.fido2AuthenticationMethodConfiguration", "Fido2", "enabled"),
            Method("#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration", "MicrosoftAuthenticator", "enabled"),
            Method("#microsoft.graph.smsAuthenticationMethodConfiguration", "Sms", "enabled"),
            Method("#microsoft.graph.voiceAuthenticationMethodConfiguration", "Voice", "disabled"),
            Method("#microsoft.graph.softwareOathAuthenticationMethodConfiguration", "SoftwareOath", "enabled"),
            Method("#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration", "TemporaryAccessPass", "enabled"),
            Method("#microsoft.graph.emailAuthenticationMethodConfiguration", "Email", "disabled"),
            Method("#microsoft.graph.x509CertificateAuthenticationMethodConfiguration", "X509Certificate", "disabled"),
        },
    };

    private static Dictionary<string, object?> Method(string type, string id, string state) => new()
    {
        ["@odata.type"] = type,
        ["id"] = id,
        ["state"] = state,
        ["excludeTargets"] = Array.Empty<object>(),
        ["includeTargets"] = state == "enabled"
            ? new[] { new Dictionary<string, object?> { ["targetType"] = "group", ["id"] = "all_users", ["isRegistrationRequired"] = false } }
            : [],
    };

    private static Dictionary<string, object?> Policy(string id, string name, string state, Dictionary<string, object?> users,
        string[] clientAppTypes, Dictionary<string, object?> grant) => new()
    {
        ["id"] = id,
        ["templateId"] = null,
        ["displayName"] = name,
        ["createdDateTime"] = "2024-03-04T10:15:00Z",
        ["modifiedDateTime"] = DemoGraphJson.Timestamp,
        ["state"] = state,
        ["sessionControls"] = null,
        ["conditions"] = new Dictionary<string, object?>
        {
            ["userRiskLevels"] = Array.Empty<string>(),
            ["signInRiskLevels"] = Array.Empty<string>(),
            ["clientAppTypes"] = clientAppTypes,
            ["platforms"] = null,
            ["locations"] = null,
            ["devices"] = null,
            ["clientApplications"] = null,
            ["applications"] = new Dictionary<string, object?>
            {
                ["includeApplications"] = new[] { "All" },
                ["excludeApplications"] = Array.Empty<string>(),
                ["includeUserActions"] = Array.Empty<string>(),
                ["includeAuthenticationContextClassReferences"] = Array.Empty<string>(),
                ["applicationFilter"] = null,
            },
            ["users"] = users,
        },
        ["grantControls"] = grant,
    };

    private static Dictionary<string, object?> Users(string[]? include = null, string[]? includeRoles = null,
        string[]? excludeUsers = null, string[]? excludeGroups = null) => new()
    {
        ["includeUsers"] = include ?? [],
        ["excludeUsers"] = excludeUsers ?? [],
        ["includeGroups"] = Array.Empty<string>(),
        ["excludeGroups"] = excludeGroups ?? [],
        ["includeRoles"] = includeRoles ?? [],
        ["excludeRoles"] = Array.Empty<string>(),
        ["includeGuestsOrExternalUsers"] = null,
        ["excludeGuestsOrExternalUsers"] = null,
    };

    private static Dictionary<string, object?> Grant(string[] builtIn, Dictionary<string, object?>? strength = null) => new()
    {
        ["operator"] = "OR",
        ["builtInControls"] = builtIn,
        ["customAuthenticationFactors"] = Array.Empty<string>(),
        ["termsOfUse"] = Array.Empty<string>(),
        ["authenticationStrength"] = strength,
    };

    private static Dictionary<string, object?> PhishingResistantStrength() => new()
    {
        ["id"] = "00000000-0000-0000-0000-000000000004",
        ["createdDateTime"] = "2021-12-01T08:00:00Z",
        ["modifiedDateTime"] = "2021-12-01T08:00:00Z",
        ["displayName"] = "Phishing-resistant MFA",
        ["description"] = "Phishing-resistant, Passwordless methods for the strongest authentication, such as a FIDO2 security key",
        ["policyType"] = "builtIn",
        ["requirementsSatisfied"] = "mfa",
        ["allowedCombinations"] = new[] { "windowsHelloForBusiness", "fido2", "x509CertificateMultiFactor" },
    };
}
