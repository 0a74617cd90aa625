namespace M365Nis2.Domain.Evidence;

/// <summary>
/// How a measure's automated checks (from every source that speaks to it) combine into one automated outcome:
/// <list type="number">
/// <item>No checks: no automated outcome (null).</item>
/// <item>Every check Unknown: Unknown — nothing could be judged.</item>
/// <item>Otherwise the weakest judged check (NotMet &lt; PartiallyMet &lt; Met).</item>
/// <item>Met is lowered to PartiallyMet when any check is Unknown: never Met on missing data.</item>
/// </list>
/// </summary>
public static class MeasureOutcome
{
    public static (Outcome? Outcome, string Rule) Combine(IReadOnlyList<CheckResult> checks)
    {
        if (checks.Count == 0)
            return (null, "No automated check speaks to this measure.");
        var judged = checks.Where(c => c.Outcome != Outcome.Unknown).ToList();
        if (judged.Count == 0)
            return (Outcome.Unknown, $"Unknown: none of {checks.Count} automated check(s) could be judged.");

        var weakest = judged.MinBy(c => c.Outcome)!;
        var unknown = checks.Where(c => c.Outcome == Outcome.Unknown).Select(c => c.Check).ToList();
        if (weakest.Outcome == Outcome.Met && unknown.Count > 0)
            return (Outcome.PartiallyMet, $"PartiallyMet: judged checks are met but {string.Join(", ", unknown)} could not be judged.");
        return weakest.Outcome == Outcome.Met
            ? (Outcome.Met, $"Met: all {checks.Count} automated check(s) are met.")
            : (weakest.Outcome, $"{weakest.Outcome}: the weakest automated check is {weakest.Check}.");
    }
}
