namespace M365Nis2.Domain.Evidence;

/// <summary>The shared shape of a "share of good items" rule: Met at or above one threshold, PartiallyMet at or above another.</summary>
public static class Thresholds
{
    /// <summary>Judges <paramref name="good"/> of <paramref name="total"/> without rounding at the boundary (compared scaled by 100).</summary>
    public static Outcome Judge(int good, int total, decimal metPercent, decimal partialPercent)
    {
        var scaled = 100m * good;
        return scaled >= metPercent * total ? Outcome.Met : scaled >= partialPercent * total ? Outcome.PartiallyMet : Outcome.NotMet;
    }

    public static decimal Percent(int part, int total) => total == 0 ? 0 : Math.Round(100m * part / total, 1);

    /// <summary>The severity a finding carries for an outcome: Info when met, Medium when partly, High when not.</summary>
    public static FindingSeverity SeverityOf(Outcome outcome) => outcome switch
    {
        Outcome.Met => FindingSeverity.Info,
        Outcome.PartiallyMet => FindingSeverity.Medium,
        _ => FindingSeverity.High,
    };
}
