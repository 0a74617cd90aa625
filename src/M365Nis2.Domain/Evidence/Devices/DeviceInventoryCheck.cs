namespace M365Nis2.Domain.Evidence.Devices;

/// <summary>
/// Art. 21(2)(i) asset management: the managed-device inventory is current — devices sync, and those that sync are
/// compliant. Stale devices are assets nobody manages any more; non-compliant ones fail the organisation's own policy.
/// </summary>
public static class DeviceInventoryCheck
{
    public static CheckResult Evaluate(DeviceTally tally, DeviceRuleOptions options)
    {
        if (!tally.Status.IsOk)
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.High, $"Managed devices could not be read ({tally.Status.Describe()}).")]);
        if (tally.Devices == 0)
        {
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.Medium,
                "Intune lists no managed devices: either devices are not enrolled or Intune is not in use; the inventory cannot be judged.")]);
        }

        var current = tally.Devices - tally.Stale.Total - tally.NonCompliant.Total;
        var outcome = Thresholds.Judge(current, tally.Devices, options.InventoryMetPercent, options.InventoryPartialPercent);
        var platforms = string.Join(", ", tally.ByPlatform.OrderByDescending(p => p.Value).Select(p => $"{p.Value} {p.Key}"));
        var findings = new List<Finding>
        {
            new(Thresholds.SeverityOf(outcome), $"{current} of {tally.Devices} managed devices ({Thresholds.Percent(current, tally.Devices):0.#} %) "
                + $"synced within {options.StaleAfterDays} days and compliant ({platforms})."),
        };
        if (tally.Stale.Total > 0)
        {
            findings.Add(new Finding(outcome == Outcome.Met ? FindingSeverity.Low : FindingSeverity.Medium,
                $"{tally.Stale.Total} device(s) have not synced for {options.StaleAfterDays} days; retire or re-enrol them{tally.Stale.TruncationNote}.",
                tally.Stale.Names));
        }
        if (tally.NonCompliant.Total > 0)
        {
            findings.Add(new Finding(outcome == Outcome.Met ? FindingSeverity.Low : FindingSeverity.Medium,
                $"{tally.NonCompliant.Total} device(s) are not compliant with their policies{tally.NonCompliant.TruncationNote}.",
                tally.NonCompliant.Names));
        }
        return Result(outcome, findings);
    }

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) => new(DeviceChecks.Inventory, outcome, findings);
}
