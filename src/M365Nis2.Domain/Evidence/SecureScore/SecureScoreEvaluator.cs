namespace M365Nis2.Domain.Evidence.SecureScore;

/// <summary>Runs the Secure Score checks: level and trend for (f), control gaps for (e), (h), (i), (j).</summary>
public static class SecureScoreEvaluator
{
    public const string PercentMetric = "securescore.percent";
    public const string TrendMetric = "securescore.trendPoints";

    public static SourceEvaluation Evaluate(SecureScoreEvidence evidence, SecureScoreOptions options)
    {
        List<MeasureCheck> checks =
        [
            new(Measures.Effectiveness, SecureScoreLevelCheck.Evaluate(evidence, options)),
            new(Measures.Effectiveness, SecureScoreTrendCheck.Evaluate(evidence, options)),
            .. SecureScoreGapCheck.Evaluate(evidence, options),
        ];
        var scores = evidence.Scores.TryGet(out var s) ? s : [];
        return new SourceEvaluation(SecureScoreChecks.Source, checks, new Dictionary<string, decimal?>
        {
            [PercentMetric] = scores.Count > 0 ? scores[0].Percent : null,
            [TrendMetric] = SecureScoreTrendCheck.Delta(scores, options),
        });
    }
}
