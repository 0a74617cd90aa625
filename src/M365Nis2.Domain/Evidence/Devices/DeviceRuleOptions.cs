namespace M365Nis2.Domain.Evidence.Devices;

/// <summary>Thresholds of the device rules. Shares are of all managed devices read.</summary>
/// <param name="StaleAfterDays">A device not synced for this long is stale (lost, retired or unmanaged in practice).</param>
/// <param name="InventoryMetPercent">Share of devices current (synced and compliant) at or above which the inventory is Met.</param>
/// <param name="InventoryPartialPercent">At or above this (below Met): PartiallyMet; below: NotMet.</param>
/// <param name="EncryptionMetPercent">Share of encrypted devices at or above which encryption is achieved.</param>
/// <param name="EncryptionPartialPercent">At or above this (below Met): PartiallyMet; below: NotMet.</param>
/// <param name="OsMetPercent">Share of devices at or above the minimum OS version at or above which OS currency is Met.</param>
/// <param name="OsPartialPercent">At or above this (below Met): PartiallyMet; below: NotMet.</param>
/// <param name="MinimumOsVersions">Lowest supported version per platform; devices below it are out of date.</param>
/// <param name="NamedLimit">How many devices a finding names.</param>
public sealed record DeviceRuleOptions(
    int StaleAfterDays = 30,
    decimal InventoryMetPercent = 95m,
    decimal InventoryPartialPercent = 80m,
    decimal EncryptionMetPercent = 98m,
    decimal EncryptionPartialPercent = 90m,
    decimal OsMetPercent = 95m,
    decimal OsPartialPercent = 80m,
    IReadOnlyDictionary<DevicePlatform, string>? MinimumOsVersions = null,
    int NamedLimit = 50)
{
    public static DeviceRuleOptions Default { get; } = new();

    /// <summary>
    /// Defaults as of late 2026: Windows 11 23H2 (Windows 10 left support in October 2025), macOS 14, iOS/iPadOS 17,
    /// Android 13 — roughly the releases their vendors still patch.
    /// </summary>
    public static readonly IReadOnlyDictionary<DevicePlatform, string> DefaultMinimumOsVersions = new Dictionary<DevicePlatform, string>
    {
        [DevicePlatform.Windows] = "10.0.22631",
        [DevicePlatform.MacOS] = "14.0",
        [DevicePlatform.IOS] = "17.0",
        [DevicePlatform.Android] = "13",
    };

    public IReadOnlyDictionary<DevicePlatform, string> MinimumVersions => MinimumOsVersions ?? DefaultMinimumOsVersions;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        void Pair(string name, decimal met, decimal partial)
        {
            if (met is < 0 or > 100 || partial < 0 || partial > met)
                errors.Add($"Devices {name} thresholds must satisfy 0 <= partial <= met <= 100.");
        }
        Pair("inventory", InventoryMetPercent, InventoryPartialPercent);
        Pair("encryption", EncryptionMetPercent, EncryptionPartialPercent);
        Pair("OS", OsMetPercent, OsPartialPercent);
        if (StaleAfterDays < 1)
            errors.Add("Devices StaleAfterDays must be at least 1.");
        if (NamedLimit < 1)
            errors.Add("Devices NamedLimit must be at least 1.");
        foreach (var (platform, version) in MinimumVersions)
        {
            if (OsVersions.Parse(version) is null)
                errors.Add($"Devices minimum OS version '{version}' for {platform} is not a version number.");
        }
        return errors;
    }
}
