namespace M365Nis2.Domain.Evidence.Defender;

/// <summary>Defender XDR for Art. 21(2)(b): detection and handling checks, Art. 23 candidates, attacks per month.</summary>
public sealed record DefenderEvaluation(SourceEvaluation Evaluation, IReadOnlyList<Art23Candidate> Candidates, IReadOnlyList<MonthlyAttacks>? Monthly);

public static class DefenderEvaluator
{
    public const string IncidentsMetric = "defender.incidents";
    public const string OpenHighMetric = "defender.openHigh";

    public static DefenderEvaluation Evaluate(DefenderEvidence evidence, DefenderRuleOptions options, DateTimeOffset now, TimeZoneInfo zone)
    {
        var checks = new List<MeasureCheck>
        {
            new(Measures.IncidentHandling, DetectionCheck.Evaluate(evidence, options)),
            new(Measures.IncidentHandling, HandlingCheck.Evaluate(evidence, options, now)),
        };
        var incidents = evidence.Incidents.TryGet(out var read) ? read : null;
        var metrics = new Dictionary<string, decimal?>
        {
            [IncidentsMetric] = incidents?.Count,
            [OpenHighMetric] = incidents?.Count(i => i.IsHigh && !i.IsResolved),
        };
        return new DefenderEvaluation(new SourceEvaluation(DefenderChecks.Source, checks, metrics),
            incidents is null ? [] : Art23Candidates.From(incidents),
            incidents is null ? null : AttacksPerMonth.From(incidents, now.AddDays(-options.LookbackDays), now, zone));
    }
}
