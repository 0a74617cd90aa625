using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence;

/// <summary>Days to fix an evidence finding, by severity (counted from the run that first found it).</summary>
public sealed record FindingDueDays(int High = 14, int Medium = 30, int Low = 90)
{
    public int For(FindingSeverity severity) => severity switch
    {
        FindingSeverity.High => High,
        FindingSeverity.Medium => Medium,
        _ => Low,
    };

    public IReadOnlyList<string> Validate() =>
        High is >= 1 and <= 365 && Medium is >= 1 and <= 365 && Low is >= 1 and <= 365 && High <= Medium && Medium <= Low
            ? []
            : ["FindingDueDays: High, Medium and Low must be 1–365 days and High ≤ Medium ≤ Low."];
}

/// <summary>Work one finding asks for: what to open a task about, and when it is due.</summary>
/// <param name="Key">Stable across runs: <c>source/check/measure</c>. A re-run finds the same task; counts in the message may change.</param>
/// <param name="Title">The worst finding's message, prefixed with the source (≤ 200 characters).</param>
/// <param name="Description">Every finding of Low or worse, by severity; never the named subjects (the task may go to someone
/// other than the CISO; the names stay in the measure's evidence, for the CISO and the board).</param>
/// <param name="TitleDa">The title in Danish (each coded finding in its Danish text; an uncoded one stays English).</param>
/// <param name="DescriptionDa">The description in Danish.</param>
public sealed record FindingFollowUp(string Key, string ControlId, string Check, FindingSeverity Severity, int DueInDays, string Title, string Description,
    string TitleDa, string DescriptionDa);

/// <summary>What one source run means for follow-up work: findings to open (idempotent) and finding keys now resolved.</summary>
public sealed record FindingFollowUpPlan(IReadOnlyList<FindingFollowUp> Open, IReadOnlyList<string> Resolved);

/// <summary>
/// Which evidence findings become follow-up tasks. A "finding" here is one check on one measure that needs work:
/// <list type="bullet">
/// <item>a check that is NotMet (severity: its worst finding, at least Medium), or that carries a High finding;</item>
/// <item>a judged check (Met or PartiallyMet without a High finding) resolves its key: a later run no longer finds it;</item>
/// <item>an Unknown check does neither: a missing permission or licence is shown as Unknown with its reason, and it
/// proves nothing about whether earlier work was done, so an open task stays open.</item>
/// </list>
/// </summary>
public static class FindingFollowUps
{
    public const int MaxTitle = 200;
    public const int MaxDescription = 2000;

    public static FindingFollowUpPlan Plan(SourceEvaluation evaluation, string sourceTitle, FindingDueDays due)
    {
        var open = new List<FindingFollowUp>();
        var resolved = new List<string>();
        foreach (var check in evaluation.Checks.DistinctBy(c => (c.ControlId, c.Result.Check)))
        {
            var result = check.Result;
            var key = $"{evaluation.Source}/{result.Check}/{check.ControlId}";
            if (result.Outcome == Outcome.Unknown)
                continue;
            var high = result.Findings.Any(f => f.Severity == FindingSeverity.High);
            if (result.Outcome != Outcome.NotMet && !high)
            {
                resolved.Add(key);
                continue;
            }
            var ranked = result.Findings.Where(f => f.Severity >= FindingSeverity.Low).OrderByDescending(f => f.Severity).ToList();
            var severity = high ? FindingSeverity.High : ranked.Count > 0 && ranked[0].Severity > FindingSeverity.Medium ? ranked[0].Severity : FindingSeverity.Medium;
            open.Add(new FindingFollowUp(key, check.ControlId, result.Check, severity, due.For(severity),
                Title(sourceTitle, result, ranked, TextLanguage.English), Description(check, ranked, TextLanguage.English),
                Title(sourceTitle, result, ranked, TextLanguage.Danish), Description(check, ranked, TextLanguage.Danish)));
        }
        return new FindingFollowUpPlan(open, resolved);
    }

    private static string Title(string sourceTitle, CheckResult result, List<Finding> ranked, string language)
    {
        var headline = ranked.Count > 0 ? ranked[0].Text(language) : TaskTexts.FindingNotMet.With(result.Check).InLanguage(language);
        return Clip(TaskTexts.FindingTitle.With(sourceTitle, headline).InLanguage(language), MaxTitle);
    }

    private static string Description(MeasureCheck check, List<Finding> ranked, string language)
    {
        var lines = ranked.Select(f => $"{CommonTexts.SeverityOf(f.Severity).InLanguage(language)}: {f.Text(language)}")
            .Append(TaskTexts.FindingFooter.With(check.Result.Check, CommonTexts.OutcomeOf(check.Result.Outcome), check.ControlId).InLanguage(language));
        return Clip(string.Join("\n", lines), MaxDescription);
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
