namespace M365Nis2.Domain.Evidence.SecureScore;

/// <summary>Thresholds of the Secure Score rules.</summary>
/// <param name="MetPercent">Score share at or above which the level is Met.</param>
/// <param name="PartialPercent">At or above this (below Met) the level is PartiallyMet; below, NotMet.</param>
/// <param name="TrendDays">How far back the trend compares (the snapshot closest to this age).</param>
/// <param name="TrendDropPoints">A drop of at least this many percentage points over the trend period is PartiallyMet.</param>
/// <param name="GapMetPercent">Share of the points available in a measure's mapped controls at or above which it is Met.</param>
/// <param name="GapPartialPercent">At or above this (below Met) the measure's gaps are PartiallyMet; below, NotMet.</param>
/// <param name="GapsNamed">How many of the largest gaps a finding names.</param>
/// <param name="ControlMeasures">Control name → measure id, overriding <see cref="SecureScoreControlMap"/>.</param>
public sealed record SecureScoreOptions(
    decimal MetPercent = 70m,
    decimal PartialPercent = 50m,
    int TrendDays = 30,
    decimal TrendDropPoints = 5m,
    decimal GapMetPercent = 80m,
    decimal GapPartialPercent = 50m,
    int GapsNamed = 5,
    IReadOnlyDictionary<string, string>? ControlMeasures = null)
{
    public static SecureScoreOptions Default { get; } = new();

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MetPercent is < 0 or > 100 || PartialPercent < 0 || PartialPercent > MetPercent)
            errors.Add("SecureScore thresholds must satisfy 0 <= PartialPercent <= MetPercent <= 100.");
        if (GapMetPercent is < 0 or > 100 || GapPartialPercent < 0 || GapPartialPercent > GapMetPercent)
            errors.Add("SecureScore gap thresholds must satisfy 0 <= GapPartialPercent <= GapMetPercent <= 100.");
        if (TrendDays < 1)
            errors.Add("SecureScore TrendDays must be at least 1.");
        if (TrendDropPoints <= 0)
            errors.Add("SecureScore TrendDropPoints must be positive.");
        if (GapsNamed < 1)
            errors.Add("SecureScore GapsNamed must be at least 1.");
        return errors;
    }
}
