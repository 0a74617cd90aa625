namespace M365Nis2.Domain.Suppliers;

/// <summary>
/// Stable lower-case keys for the enums (CSV, API, stored rows), so renaming a C# member never breaks a file a customer keeps.
/// </summary>
public static class SupplierVocabulary
{
    public static IReadOnlyDictionary<string, ServiceKind> Services { get; } = new Dictionary<string, ServiceKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["managed-it"] = ServiceKind.ManagedIt,
        ["managed-security"] = ServiceKind.ManagedSecurity,
        ["cloud-hosting"] = ServiceKind.CloudHosting,
        ["saas"] = ServiceKind.Saas,
        ["software-development"] = ServiceKind.SoftwareDevelopment,
        ["network"] = ServiceKind.Network,
        ["payment"] = ServiceKind.Payment,
        ["hardware"] = ServiceKind.Hardware,
        ["consulting"] = ServiceKind.Consulting,
        ["facilities"] = ServiceKind.Facilities,
        ["other"] = ServiceKind.Other,
    };

    public static IReadOnlyDictionary<string, DataKind> Data { get; } = new Dictionary<string, DataKind>(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = DataKind.None,
        ["internal"] = DataKind.Internal,
        ["confidential"] = DataKind.Confidential,
        ["personal"] = DataKind.Personal,
        ["sensitive-personal"] = DataKind.SensitivePersonal,
        ["credentials"] = DataKind.Credentials,
    };

    public static IReadOnlyDictionary<string, SystemAccess> Access { get; } = new Dictionary<string, SystemAccess>(StringComparer.OrdinalIgnoreCase)
    {
        ["none"] = SystemAccess.None,
        ["user"] = SystemAccess.UserLevel,
        ["privileged"] = SystemAccess.Privileged,
    };

    public static string Key(ServiceKind value) => Services.First(p => p.Value == value).Key;

    public static string Key(DataKind value) => Data.First(p => p.Value == value).Key;

    public static string Key(SystemAccess value) => Access.First(p => p.Value == value).Key;
}
