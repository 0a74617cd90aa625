using System.Globalization;

namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>Graph v1.0 JSON objects for the demo tenant's users, groups and registration details.</summary>
internal static class DemoGraphJson
{
    /// <summary>Fixed so every run serves byte-identical JSON.</summary>
    public const string Timestamp = "2026-11-02T06:00:00Z";

    public static readonly string[] UserDefaultSelect =
        ["businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone", "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id"];

    public static Dictionary<string, object?> User(DemoUser u, bool typed = false)
    {
        var json = new Dictionary<string, object?>();
        if (typed)
        {
            json["@odata.type"] = "#microsoft.graph.user";
        }
        json["id"] = u.Id;
        json["businessPhones"] = Array.Empty<string>();
        json["displayName"] = u.DisplayName;
        json["givenName"] = u.GivenName.Length == 0 ? null : u.GivenName;
        json["jobTitle"] = u.JobTitle;
        json["mail"] = u.IsGuest ? null : u.UserPrincipalName;
        json["mobilePhone"] = null;
        json["officeLocation"] = u.IsGuest ? null : "Aarhus";
        json["preferredLanguage"] = u.PreferredLanguage;
        json["surname"] = u.Surname.Length == 0 ? null : u.Surname;
        json["userPrincipalName"] = u.UserPrincipalName;
        json["accountEnabled"] = u.AccountEnabled;
        json["userType"] = u.IsGuest ? "Guest" : "Member";
        return json;
    }

    public static bool IsAdmin(DemoUser u) => u.Kind is DemoUserKind.Ciso or DemoUserKind.ItAdmin or DemoUserKind.BreakGlass;

    /// <summary>
    /// The registration mix (documented in docs/graph-permissions.md): admins registered except Nikolaj Friis; the board
    /// registered; every 8th employee (3, 11, 19, …) unregistered (see <see cref="DemoGraphServerOptions.UnregisteredEvery"/>); printers unregistered; one of three guests registered.
    /// </summary>
    public static string[] MethodsOf(DemoUser u) => u.Kind switch
    {
        DemoUserKind.Ciso => ["fido2", "microsoftAuthenticatorPush"],
        DemoUserKind.Board => ["microsoftAuthenticatorPush", "mobilePhone"],
        DemoUserKind.ItAdmin when u.GivenName == "Jonas" => ["fido2", "microsoftAuthenticatorPush"],
        DemoUserKind.ItAdmin => [],
        DemoUserKind.BreakGlass => ["fido2"],
        DemoUserKind.ServiceAccount => [],
        DemoUserKind.Guest => u.GivenName == "Henrik" ? ["microsoftAuthenticatorPush"] : [],
        _ when u.MfaUnregistered => [],
        _ => (u.EmployeeNumber % 4) switch
        {
            0 => ["microsoftAuthenticatorPush", "softwareOneTimePasscode"],
            1 => ["mobilePhone"],
            2 => ["microsoftAuthenticatorPush"],
            _ => ["windowsHelloForBusiness", "microsoftAuthenticatorPush"],
        },
    };

    public static Dictionary<string, object?> RegistrationDetails(DemoUser u)
    {
        var methods = MethodsOf(u);
        var registered = methods.Length > 0;
        var passwordless = methods.Any(m => m is "fido2" or "windowsHelloForBusiness" or "passKeyDeviceBound");
        return new Dictionary<string, object?>
        {
            ["id"] = u.Id,
            ["userPrincipalName"] = u.UserPrincipalName,
            ["userDisplayName"] = u.DisplayName,
            ["isAdmin"] = IsAdmin(u),
            ["isSsprRegistered"] = registered,
            ["isSsprEnabled"] = !u.IsGuest,
            ["isSsprCapable"] = registered && !u.IsGuest,
            ["isMfaRegistered"] = registered,
            ["isMfaCapable"] = registered,
            ["isPasswordlessCapable"] = passwordless,
            ["lastUpdatedDateTime"] = Timestamp,
            ["methodsRegistered"] = methods,
            ["isSystemPreferredAuthenticationMethodEnabled"] = true,
            ["systemPreferredAuthenticationMethods"] = registered ? new[] { passwordless ? "fido2" : methods[0] == "mobilePhone" ? "sms" : "push" } : [],
            ["userPreferredMethodForSecondaryAuthentication"] = registered ? (methods[0] == "mobilePhone" ? "sms" : "push") : "none",
            ["userType"] = u.IsGuest ? "guest" : "member",
        };
    }

    public static Dictionary<string, object?> Group(string id, string name, string description) => new()
    {
        ["id"] = id,
        ["createdDateTime"] = "2024-03-01T09:00:00Z",
        ["description"] = description,
        ["displayName"] = name,
        ["groupTypes"] = Array.Empty<string>(),
        ["mail"] = null,
        ["mailEnabled"] = false,
        ["mailNickname"] = name.Replace(" ", "", StringComparison.Ordinal).ToLower(CultureInfo.InvariantCulture),
        ["securityEnabled"] = true,
        ["visibility"] = null,
    };

    public static Dictionary<string, object?> Error(string code, string message) => new()
    {
        ["error"] = new Dictionary<string, object?>
        {
            ["code"] = code,
            ["message"] = message,
            ["innerError"] = new Dictionary<string, object?>
            {
                ["date"] = Timestamp,
                ["request-id"] = DemoIds.For("request:" + code),
                ["client-request-id"] = DemoIds.For("client-request:" + code),
            },
        },
    };
}
