namespace M365Nis2.Domain.Evidence.Devices;

/// <summary>Runs the Intune device checks: inventory (i), encryption required and achieved (h), OS currency (e).</summary>
public static class DevicesEvaluator
{
    public const string DevicesMetric = "devices.count";
    public const string EncryptedPercentMetric = "devices.encryptedPercent";

    public static SourceEvaluation Evaluate(DeviceTally tally, Collected<EncryptionRequirements> requirements, DeviceRuleOptions options)
    {
        var reported = tally.Encrypted + tally.Unencrypted.Total;
        return new SourceEvaluation(DeviceChecks.Source,
        [
            new(Measures.AccessAndAssets, DeviceInventoryCheck.Evaluate(tally, options)),
            new(Measures.Cryptography, DeviceEncryptionCheck.Evaluate(tally, requirements, options)),
            new(Measures.SecureMaintenance, OsCurrencyCheck.Evaluate(tally, options)),
        ], new Dictionary<string, decimal?>
        {
            [DevicesMetric] = tally.Status.IsOk ? tally.Devices : null,
            [EncryptedPercentMetric] = tally.Status.IsOk && reported > 0 ? Thresholds.Percent(tally.Encrypted, reported) : null,
        });
    }
}
