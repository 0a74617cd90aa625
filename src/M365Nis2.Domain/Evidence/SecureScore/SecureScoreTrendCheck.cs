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
            return Result(Outcome.Unknown, FindingSeverity.Medium, $"Secure Score history could not be read ({evidence.Scores.Status.Describe()}).");
        if (Span(scores, options) is not var (latest, baseline))
            return Result(Outcome.Unknown, FindingSeverity.Low, "Fewer than two daily scores are available; the trend cannot be judged yet.");

        var delta = latest.Percent!.Value - baseline.Percent!.Value;
        var days = (int)Math.Round((latest.CreatedAt - baseline.CreatedAt).TotalDays);
        var text = $"Secure Score moved from {baseline.Percent:0.#} % to {latest.Percent:0.#} % ({delta:+0.#;-0.#;0} points) over {days} day(s).";
        return delta <= -options.TrendDropPoints
            ? Result(Outcome.PartiallyMet, FindingSeverity.Medium,
                text + $" A drop of {options.TrendDropPoints:0.#} points or more needs a reason in the effectiveness review.")
            : Result(Outcome.Met, FindingSeverity.Info, text);
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

    private static CheckResult Result(Outcome outcome, FindingSeverity severity, string text) =>
        new(SecureScoreChecks.Trend, outcome, [new Finding(severity, text)]);
}
