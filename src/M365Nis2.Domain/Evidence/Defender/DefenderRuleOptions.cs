namespace M365Nis2.Domain.Evidence.Defender;

/// <summary>Thresholds of the Defender rules.</summary>
/// <param name="LookbackDays">How far back incidents and alerts are read and judged.</param>
/// <param name="HighOpenMaxDays">A high-severity incident still open after this long means handling is not met.</param>
/// <param name="OtherOpenMaxDays">A medium or low incident open longer than this makes handling partially met.</param>
/// <param name="NamedLimit">How many incidents a finding names.</param>
public sealed record DefenderRuleOptions(int LookbackDays = 90, int HighOpenMaxDays = 3, int OtherOpenMaxDays = 30, int NamedLimit = 50)
{
    public static DefenderRuleOptions Default { get; } = new();

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (LookbackDays is < 1 or > 180)
            errors.Add("Defender LookbackDays must be between 1 and 180 (Defender keeps 180 days of incidents).");
        if (HighOpenMaxDays < 1 || OtherOpenMaxDays < HighOpenMaxDays)
            errors.Add("Defender open-incident limits must satisfy 1 <= HighOpenMaxDays <= OtherOpenMaxDays.");
        if (NamedLimit < 1)
            errors.Add("Defender NamedLimit must be at least 1.");
        return errors;
    }
}
