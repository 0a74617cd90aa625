using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Risks;

/// <summary>
/// One piece of work a treatment decision gives the risk owner: a planned measure of an approved plan, or a condition
/// the board attached to an acceptance.
/// </summary>
/// <param name="SourceId">Stable id of the work (the follow-up task's source id): the same decision always yields the same ids.</param>
/// <param name="Text">The measure or condition as written, for the task's description and the risk page.</param>
/// <param name="TitleDa">The title for a Danish reader (the text itself stays as written).</param>
public sealed record TreatmentTask(string SourceId, TreatmentTaskKind Kind, string Title, string Text, DateOnly DueDate, string TitleDa)
{
    /// <summary>What the task's description says: which decision the work comes from, on which risk.</summary>
    public CodedText Description(Risk risk) => (Kind == TreatmentTaskKind.PlannedMeasure ? FollowUpTexts.RiskPlanDescription
        : FollowUpTexts.RiskConditionDescription).With(risk.Id, risk.Title, Text);
}

public enum TreatmentTaskKind
{
    /// <summary>A planned measure of the treatment plan the owner approved.</summary>
    PlannedMeasure = 0,
    /// <summary>A condition of the board's acceptance.</summary>
    AcceptanceCondition,
}

/// <summary>
/// Which owner tasks a treatment decision opens. The ids are bound to what was decided (the plan's hash, the
/// acceptance round), so a repeat of the same decision finds the same tasks, and a new plan or a new acceptance opens
/// its own.
/// </summary>
public static class TreatmentTasks
{
    public const int MaxTitleLength = 200;

    /// <summary>Days given when the risk's review date has already passed (the work still needs a date to be chased).</summary>
    public const int FallbackDays = 30;

    /// <summary>
    /// Tasks for the planned measures of a plan the owner approved: one per measure, due on the risk's review date
    /// (when the treatment is looked at again), or in <see cref="FallbackDays"/> days if that date is not in the future.
    /// Nothing when the plan no longer is the one approved (<paramref name="approvedPlanSha256"/>): the owner approves the
    /// new plan first.
    /// </summary>
    public static IReadOnlyList<TreatmentTask> ForPlan(Risk risk, string approvedPlanSha256, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentException.ThrowIfNullOrWhiteSpace(approvedPlanSha256);
        if (!string.Equals(RiskHashes.TreatmentPlan(risk), approvedPlanSha256, StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }
        var due = risk.ReviewDate > today ? risk.ReviewDate : today.AddDays(FallbackDays);
        var plan = approvedPlanSha256[..Math.Min(12, approvedPlanSha256.Length)].ToLowerInvariant();
        return [.. Distinct(risk.PlannedMeasures).Select((m, i) =>
            Work($"{risk.Id}/plan-{plan}/{i + 1}", TreatmentTaskKind.PlannedMeasure, FollowUpTexts.RiskPlanTitle.With(risk.Id, m), m, due))];
    }

    /// <summary>
    /// Tasks for the conditions of an acceptance the board granted: one per condition, due when the acceptance expires
    /// (a condition not met by then is one more reason not to renew it). Nothing unless the acceptance was accepted.
    /// </summary>
    public static IReadOnlyList<TreatmentTask> ForAcceptance(Risk risk, RiskAcceptance acceptance, string roundId, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(acceptance);
        ArgumentException.ThrowIfNullOrWhiteSpace(roundId);
        if (acceptance.Decision != AcceptanceDecision.Accepted)
        {
            return [];
        }
        var due = acceptance.ExpiresOn > today ? acceptance.ExpiresOn : today.AddDays(FallbackDays);
        return [.. Distinct(acceptance.Conditions).Select((c, i) =>
            Work($"{risk.Id}/acceptance-{roundId}/{i + 1}", TreatmentTaskKind.AcceptanceCondition,
                FollowUpTexts.RiskConditionTitle.With(risk.Id, c), c, due))];
    }

    private static IEnumerable<string> Distinct(IEnumerable<string> items) =>
        items.Select(s => s.Trim()).Where(s => s.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);

    /// <summary>"Risk R-3: Segment the OT network" in both languages, each cut to the task title limit.</summary>
    private static TreatmentTask Work(string sourceId, TreatmentTaskKind kind, CodedText title, string text, DateOnly due) =>
        new(sourceId, kind, FollowUpTexts.Cut(title.English, MaxTitleLength), text, due, FollowUpTexts.Cut(title.Danish, MaxTitleLength));
}
