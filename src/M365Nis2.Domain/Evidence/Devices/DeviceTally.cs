using M365Nis2.Domain.Evidence.Mfa;

namespace M365Nis2.Domain.Evidence.Devices;

/// <summary>What a <see cref="DeviceAccumulator"/> learned from the managed devices: counts and bounded name lists.</summary>
/// <param name="Status">Whether every page was read; a failure on any page makes the tally unusable.</param>
/// <param name="ByPlatform">Devices per platform (for "encryption required" per platform present).</param>
public sealed record DeviceTally(
    CollectionStatus Status,
    int Devices,
    IReadOnlyDictionary<DevicePlatform, int> ByPlatform,
    NamedSample Stale,
    NamedSample NonCompliant,
    int Encrypted,
    NamedSample Unencrypted,
    int EncryptionUnreported,
    NamedSample OutOfDate,
    int OsUnreadable);
