using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Devices;

/// <summary>
/// Art. 21(2)(e) maintenance and vulnerability handling: devices run an OS version their vendor still patches
/// (at least <see cref="DeviceRuleOptions.MinimumVersions"/>). An out-of-date OS collects unpatched vulnerabilities.
/// </summary>
public static class OsCurrencyCheck
{
    public static CheckResult Evaluate(DeviceTally tally, DeviceRuleOptions options)
    {
        if (!tally.Status.IsOk)
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.High, DeviceTexts.Unreadable.With(tally.Status.Text()))]);
        var judged = tally.ByPlatform.Where(p => options.MinimumVersions.ContainsKey(p.Key)).Sum(p => p.Value) - tally.OsUnreadable;
        if (judged <= 0)
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.Medium, DeviceTexts.OsNoneReadable.With())]);

        var current = judged - tally.OutOfDate.Total;
        var outcome = Thresholds.Judge(current, judged, options.OsMetPercent, options.OsPartialPercent);
        var minimums = string.Join(", ", options.MinimumVersions.OrderBy(m => m.Key).Select(m => $"{m.Key} {m.Value}"));
        var findings = new List<Finding>
        {
            new(Thresholds.SeverityOf(outcome), DeviceTexts.OsSummary.With(current, judged, Thresholds.Percent(current, judged), minimums)),
        };
        if (tally.OutOfDate.Total > 0)
        {
            findings.Add(new Finding(outcome == Outcome.Met ? FindingSeverity.Low : FindingSeverity.High,
                DeviceTexts.OsOutdated.With(tally.OutOfDate.Total, tally.OutOfDate.Note()), tally.OutOfDate.Names));
        }
        if (tally.OsUnreadable > 0)
            findings.Add(new Finding(FindingSeverity.Info, DeviceTexts.OsUnreadable.With(tally.OsUnreadable)));
        return Result(outcome, findings);
    }

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) => new(DeviceChecks.OsCurrency, outcome, findings);
}
