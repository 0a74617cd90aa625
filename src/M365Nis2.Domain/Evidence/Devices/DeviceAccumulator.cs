using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Devices;

/// <summary>
/// Folds managed devices page by page into a <see cref="DeviceTally"/>, so 20 000 devices never sit in memory at once.
/// A device is named as "Name (user)" so a finding tells the CISO whom to ask. Not thread-safe.
/// </summary>
public sealed class DeviceAccumulator(DeviceRuleOptions options, DateTimeOffset now)
{
    private readonly Dictionary<DevicePlatform, int> byPlatform = [];
    private readonly NameSampler stale = new(options.NamedLimit);
    private readonly NameSampler nonCompliant = new(options.NamedLimit);
    private readonly NameSampler unencrypted = new(options.NamedLimit);
    private readonly NameSampler outOfDate = new(options.NamedLimit);
    private int devices;
    private int encrypted;
    private int encryptionUnreported;
    private int osUnreadable;

    public void Add(ManagedDevice device)
    {
        devices++;
        byPlatform[device.Platform] = byPlatform.GetValueOrDefault(device.Platform) + 1;
        var name = device.UserPrincipalName is { Length: > 0 } upn ? $"{device.Name} ({upn})" : device.Name;

        if (device.LastSync is not { } synced || now - synced > TimeSpan.FromDays(options.StaleAfterDays))
            stale.Add(device.LastSync is { } s ? DeviceTexts.SubjectLastSync.With(name, DateOnly.FromDateTime(s.DateTime)) : DeviceTexts.SubjectNeverSynced.With(name));
        else if (!IsCompliant(device.Compliance))
            nonCompliant.Add(DeviceTexts.SubjectCompliance.With(name, State(device.Compliance)));

        switch (device.IsEncrypted)
        {
            case true: encrypted++; break;
            case false: unencrypted.Add(name); break;
            default: encryptionUnreported++; break;
        }

        if (options.MinimumVersions.TryGetValue(device.Platform, out var minimum))
        {
            switch (OsVersions.AtLeast(device.OsVersion, minimum))
            {
                case false: outOfDate.Add($"{name}: {device.Platform} {device.OsVersion}"); break;
                case null: osUnreadable++; break;
            }
        }
    }

    public DeviceTally Complete() => Tally(CollectionStatus.Ok);

    /// <summary>The tally of a collection that failed part-way: counts kept for the record, judged Unknown.</summary>
    public DeviceTally Fail(CollectionStatus status) => Tally(status);

    // In a grace period the device is still being given time to comply; Intune itself counts it as not yet failed.
    private static bool IsCompliant(string? state) =>
        string.Equals(state, "compliant", StringComparison.OrdinalIgnoreCase) || string.Equals(state, "inGracePeriod", StringComparison.OrdinalIgnoreCase);

    private static object State(string? state) => state is null
        ? DeviceTexts.StateUnknown.With()
        : CommonTexts.GraphValue(state, DeviceTexts.StateUnknown, DeviceTexts.StateNoncompliant, DeviceTexts.StateConflict, DeviceTexts.StateError);

    private DeviceTally Tally(CollectionStatus status) => new(status, devices, new Dictionary<DevicePlatform, int>(byPlatform),
        stale.ToSample(), nonCompliant.ToSample(), encrypted, unencrypted.ToSample(), encryptionUnreported, outOfDate.ToSample(), osUnreadable);
}
