using M365Nis2.Domain.Texts;

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
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.High, DeviceTexts.Unreadable.With(tally.Status.Text()))]);
        if (tally.Devices == 0)
        {
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.Medium, DeviceTexts.NoneListed.With())]);
        }

        var current = tally.Devices - tally.Stale.Total - tally.NonCompliant.Total;
        var outcome = Thresholds.Judge(current, tally.Devices, options.InventoryMetPercent, options.InventoryPartialPercent);
        var platforms = string.Join(", ", tally.ByPlatform.OrderByDescending(p => p.Value).Select(p => $"{p.Value} {p.Key}"));
        var findings = new List<Finding>
        {
            new(Thresholds.SeverityOf(outcome), DeviceTexts.InventorySummary.With(current, tally.Devices, Thresholds.Percent(current, tally.Devices),
                options.StaleAfterDays, platforms)),
        };
        if (tally.Stale.Total > 0)
        {
            findings.Add(new Finding(outcome == Outcome.Met ? FindingSeverity.Low : FindingSeverity.Medium,
                DeviceTexts.Stale.With(tally.Stale.Total, options.StaleAfterDays, tally.Stale.Note()),
                tally.Stale));
        }
        if (tally.NonCompliant.Total > 0)
        {
            findings.Add(new Finding(outcome == Outcome.Met ? FindingSeverity.Low : FindingSeverity.Medium,
                DeviceTexts.NonCompliant.With(tally.NonCompliant.Total, tally.NonCompliant.Note()),
                tally.NonCompliant));
        }
        return Result(outcome, findings);
    }

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) => new(DeviceChecks.Inventory, outcome, findings);
}
