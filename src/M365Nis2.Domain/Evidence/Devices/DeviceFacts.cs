namespace M365Nis2.Domain.Evidence.Devices;

/// <summary>Operating system families the device rules know minimum versions for.</summary>
public enum DevicePlatform
{
    Other = 0,
    Windows,
    MacOS,
    IOS,
    Android,
}

/// <summary>One Intune managed device (<c>/deviceManagement/managedDevices</c>), only the fields the rules read.</summary>
/// <param name="Compliance">Intune's complianceState as Graph spells it: compliant, noncompliant, inGracePeriod, unknown, …</param>
/// <param name="IsEncrypted">Storage encryption as Intune reports it; null when not reported.</param>
public sealed record ManagedDevice(
    string Id,
    string Name,
    DevicePlatform Platform,
    string? OsVersion,
    string? Compliance,
    bool? IsEncrypted,
    DateTimeOffset? LastSync,
    string? UserPrincipalName);

/// <summary>Which platforms' compliance policies require storage encryption (<c>/deviceManagement/deviceCompliancePolicies</c>).</summary>
/// <param name="Policies">Name and platform of each policy that requires encryption.</param>
public sealed record EncryptionRequirements(IReadOnlyList<(string Policy, DevicePlatform Platform)> Policies)
{
    public bool RequiredFor(DevicePlatform platform) => Policies.Any(p => p.Platform == platform);
}

/// <summary>Stable keys of the Intune device checks.</summary>
public static class DeviceChecks
{
    public const string Source = "intune";
    public const string Inventory = "devices.inventory";
    public const string Encryption = "devices.encryption";
    public const string OsCurrency = "devices.os-currency";
}

/// <summary>Maps Graph's operatingSystem text (Windows, macOS, iOS, iPadOS, Android, …) to a platform.</summary>
public static class DevicePlatforms
{
    public static DevicePlatform Parse(string? operatingSystem) => operatingSystem?.ToLowerInvariant() switch
    {
        null => DevicePlatform.Other,
        var s when s.StartsWith("windows", StringComparison.Ordinal) => DevicePlatform.Windows,
        var s when s.StartsWith("mac", StringComparison.Ordinal) => DevicePlatform.MacOS,
        "ios" or "ipados" => DevicePlatform.IOS,
        var s when s.StartsWith("android", StringComparison.Ordinal) => DevicePlatform.Android,
        _ => DevicePlatform.Other,
    };
}
