using M365Nis2.Domain.Texts;

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
        var (outcome, rule) = CombineStated(checks);
        return (outcome, rule.English);
    }

    /// <summary><see cref="Combine"/> with the rule as a coded text, for readers in either language.</summary>
    public static (Outcome? Outcome, CodedText Rule) CombineStated(IReadOnlyList<CheckResult> checks)
    {
        if (checks.Count == 0)
            return (null, MeasureTexts.NoChecks.With());
        var judged = checks.Where(c => c.Outcome != Outcome.Unknown).ToList();
        if (judged.Count == 0)
            return (Outcome.Unknown, MeasureTexts.AllUnknown.With(checks.Count));

        var weakest = judged.MinBy(c => c.Outcome)!;
        var unknown = checks.Where(c => c.Outcome == Outcome.Unknown).Select(c => c.Check).ToList();
        if (weakest.Outcome == Outcome.Met && unknown.Count > 0)
            return (Outcome.PartiallyMet, MeasureTexts.MetButUnknown.With(string.Join(", ", unknown)));
        return weakest.Outcome == Outcome.Met
            ? (Outcome.Met, MeasureTexts.AllMet.With(checks.Count))
            : (weakest.Outcome, MeasureTexts.Weakest.With(CommonTexts.OutcomeOf(weakest.Outcome), weakest.Check));
    }
}
