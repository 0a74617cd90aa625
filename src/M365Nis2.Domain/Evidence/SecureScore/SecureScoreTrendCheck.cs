using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence.SecureScore;

/// <summary>
/// Art. 21(2)(f): whether the score holds or improves over <see cref="SecureScoreOptions.TrendDays"/>. A falling
/// score means protections were removed or new recommendations left open — the effectiveness review should know.
/// </summary>
public static class SecureScoreTrendCheck
{
    public static CheckResult Evaluate(SecureScoreEvidence evidence, SecureScoreOptions options)
    {
        if (!evidence.Scores.TryGet(out var scores))
            return Result(Outcome.Unknown, FindingSeverity.Medium, SecureScoreTexts.HistoryUnreadable.With(evidence.Scores.Status.Text()));
        if (Span(scores, options) is not var (latest, baseline))
            return Result(Outcome.Unknown, FindingSeverity.Low, SecureScoreTexts.TooFewScores.With());

        var delta = latest.Percent!.Value - baseline.Percent!.Value;
        var days = (int)Math.Round((latest.CreatedAt - baseline.CreatedAt).TotalDays);
        return delta <= -options.TrendDropPoints
            ? Result(Outcome.PartiallyMet, FindingSeverity.Medium,
                SecureScoreTexts.TrendDrop.With(baseline.Percent, latest.Percent, delta, days, options.TrendDropPoints))
            : Result(Outcome.Met, FindingSeverity.Info, SecureScoreTexts.Trend.With(baseline.Percent, latest.Percent, delta, days));
    }

    /// <summary>Percentage points gained (positive) or lost over the trend period; null when unknown.</summary>
    public static decimal? Delta(IReadOnlyList<SecureScoreSnapshot> scores, SecureScoreOptions options) =>
        Span(scores, options) is var (latest, baseline) ? latest.Percent - baseline.Percent : null;

    /// <summary>The newest score and the one closest to the trend period's start (the oldest, with a shorter history).</summary>
    private static (SecureScoreSnapshot Latest, SecureScoreSnapshot Baseline)? Span(IReadOnlyList<SecureScoreSnapshot> scores, SecureScoreOptions options)
    {
        var points = scores.Where(s => s.Percent is not null).OrderByDescending(s => s.CreatedAt).ToList();
        if (points.Count < 2)
            return null;
        var target = points[0].CreatedAt.AddDays(-options.TrendDays);
        return (points[0], points.Skip(1).MinBy(s => (s.CreatedAt - target).Duration())!);
    }

    private static CheckResult Result(Outcome outcome, FindingSeverity severity, CodedText text) =>
        new(SecureScoreChecks.Trend, outcome, [new Finding(severity, text)]);
}
