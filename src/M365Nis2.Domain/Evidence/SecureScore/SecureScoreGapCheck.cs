using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.SecureScore;

/// <summary>
/// Control-level gaps: the points achieved in the improvement actions mapped to each of (e), (h), (i), (j), against the
/// points available, naming the largest gaps so the CISO knows which action closes most of the distance. Deprecated
/// actions are left out; an action without a profile uses its own score as its maximum (it cannot be judged as a gap).
/// </summary>
public static class SecureScoreGapCheck
{
    public static IReadOnlyList<MeasureCheck> Evaluate(SecureScoreEvidence evidence, SecureScoreOptions options)
    {
        if (!evidence.Scores.TryGet(out var scores) || !evidence.Profiles.TryGet(out var profiles))
        {
            var status = evidence.Scores.Status.IsOk ? evidence.Profiles.Status : evidence.Scores.Status;
            return [.. SecureScoreControlMap.MappedMeasures.Select(m => Unknown(m, SecureScoreTexts.ControlsUnreadable.With(status.Text())))];
        }
        if (scores.Count == 0)
            return [.. SecureScoreControlMap.MappedMeasures.Select(m => Unknown(m, SecureScoreTexts.NoScoreGaps.With()))];

        var byName = profiles.Where(p => !p.Deprecated).ToDictionary(p => p.Id, StringComparer.OrdinalIgnoreCase);
        var gaps = new Dictionary<string, List<(string Title, decimal Score, decimal Max)>>(StringComparer.Ordinal);
        foreach (var control in scores[0].Controls)
        {
            if (!byName.TryGetValue(control.Name, out var profile))
                continue;
            var measure = SecureScoreControlMap.MeasureFor(control.Name, profile.Title, profile.Category ?? control.Category, options.ControlMeasures);
            if (measure is null)
                continue;
            if (!gaps.TryGetValue(measure, out var list))
                gaps[measure] = list = [];
            list.Add((profile.Title, Math.Min(control.Score, profile.MaxScore), profile.MaxScore));
        }

        return [.. gaps.OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Judge(g.Key, g.Value, options))];
    }

    private static MeasureCheck Judge(string measure, List<(string Title, decimal Score, decimal Max)> controls, SecureScoreOptions options)
    {
        var score = controls.Sum(c => c.Score);
        var max = controls.Sum(c => c.Max);
        var findings = new List<Finding>();
        if (max <= 0)
        {
            findings.Add(new Finding(FindingSeverity.Info, SecureScoreTexts.NoPoints.With(controls.Count)));
            return new MeasureCheck(measure, new CheckResult(SecureScoreChecks.Gaps(measure), Outcome.Met, findings));
        }

        var percent = Math.Round(100m * score / max, 1);
        var outcome = percent >= options.GapMetPercent ? Outcome.Met : percent >= options.GapPartialPercent ? Outcome.PartiallyMet : Outcome.NotMet;
        findings.Add(new Finding(outcome == Outcome.Met ? FindingSeverity.Info : outcome == Outcome.PartiallyMet ? FindingSeverity.Medium : FindingSeverity.High,
            SecureScoreTexts.Gaps.With(score, max, percent, controls.Count)));
        var open = controls.Where(c => c.Score < c.Max).OrderByDescending(c => c.Max - c.Score).ThenBy(c => c.Title, StringComparer.Ordinal).ToList();
        if (open.Count > 0)
        {
            findings.Add(new Finding(outcome == Outcome.Met ? FindingSeverity.Low : FindingSeverity.Medium,
                SecureScoreTexts.OpenActions.With(open.Count),
                [.. open.Take(options.GapsNamed).Select(c => $"{c.Title} ({c.Score:0.##}/{c.Max:0.##})")]));
        }
        return new MeasureCheck(measure, new CheckResult(SecureScoreChecks.Gaps(measure), outcome, findings));
    }

    private static MeasureCheck Unknown(string measure, CodedText why) =>
        new(measure, new CheckResult(SecureScoreChecks.Gaps(measure), Outcome.Unknown, [new Finding(FindingSeverity.Medium, why)]));
}
