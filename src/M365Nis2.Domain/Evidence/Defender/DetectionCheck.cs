using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.Defender;

/// <summary>
/// Art. 21(2)(b) detection: Defender raises alerts in the look-back period and from which products. A tenant of any
/// size that raises no alert for months more likely has detection switched off or not onboarded than no threats.
/// </summary>
public static class DetectionCheck
{
    public static CheckResult Evaluate(DefenderEvidence evidence, DefenderRuleOptions options)
    {
        if (!evidence.Alerts.TryGet(out var alerts))
            return Result(Outcome.Unknown, [new Finding(FindingSeverity.High, DefenderTexts.AlertsUnreadable.With(evidence.Alerts.Status.Text()))]);
        if (alerts.Count == 0)
        {
            return Result(Outcome.PartiallyMet, [new Finding(FindingSeverity.Medium,
                DefenderTexts.NoAlerts.With(options.LookbackDays))]);
        }

        var sources = alerts.GroupBy(a => a.ServiceSource ?? "unknown").OrderByDescending(g => g.Count())
            .Select(g => DefenderTexts.SubjectSource.With(CommonTexts.GraphValue(g.Key, DefenderTexts.SourceUnknown), g.Count())).ToList();
        var bySeverity = string.Join(", ", alerts.GroupBy(a => a.Severity.ToLowerInvariant()).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}"));
        return Result(Outcome.Met, [new Finding(FindingSeverity.Info,
            DefenderTexts.Alerts.With(alerts.Count, options.LookbackDays, bySeverity, sources.Count), sources)]);
    }

    private static CheckResult Result(Outcome outcome, IReadOnlyList<Finding> findings) => new(DefenderChecks.Detection, outcome, findings);
}
