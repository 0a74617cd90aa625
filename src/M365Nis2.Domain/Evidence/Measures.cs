namespace M365Nis2.Domain.Evidence;

/// <summary>Catalogue ids of the Art. 21(2) measures that tenant signals speak to.</summary>
public static class Measures
{
    public const string IncidentHandling = "art21.2.b";
    public const string BusinessContinuity = "art21.2.c";
    public const string SecureMaintenance = "art21.2.e";
    public const string Effectiveness = "art21.2.f";
    public const string Cryptography = "art21.2.h";
    public const string AccessAndAssets = "art21.2.i";
    public const string Authentication = "art21.2.j";
}

/// <summary>One check's result as evidence for one measure (a source can speak to several measures).</summary>
/// <param name="ControlId">The catalogue measure, e.g. <c>art21.2.h</c>.</param>
public sealed record MeasureCheck(string ControlId, CheckResult Result);

/// <summary>What one source's rules concluded: its checks per measure and a few numbers for lists and the board.</summary>
/// <param name="Source">Stable source key, e.g. <c>intune</c>.</param>
/// <param name="Metrics">Headline numbers (e.g. <c>securescore.percent</c>); null values are unknown.</param>
public sealed record SourceEvaluation(string Source, IReadOnlyList<MeasureCheck> Checks, IReadOnlyDictionary<string, decimal?> Metrics)
{
    /// <summary>The measures this evaluation has at least one check for.</summary>
    public IReadOnlyList<string> ControlIds => [.. Checks.Select(c => c.ControlId).Distinct(StringComparer.Ordinal)];

    public IReadOnlyList<CheckResult> For(string controlId) =>
        [.. Checks.Where(c => string.Equals(c.ControlId, controlId, StringComparison.Ordinal)).Select(c => c.Result)];
}
