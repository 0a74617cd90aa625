using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Risks;

/// <summary>The board's approval of the yearly risk assessment (a signed snapshot of the register and the method).</summary>
public sealed record AssessmentApproval(DateOnly ApprovedOn, int MethodVersion, string SnapshotSha256);

/// <summary>The Art. 21(2)(a) judgement from the risk register, with every reason shown.</summary>
public sealed record RiskManagementStatus(Outcome Outcome, DateOnly? NextAssessmentDue, IReadOnlyList<Finding> Findings);

/// <summary>
/// Art. 21(2)(a) "policies on risk analysis": Met when the board approved the assessment (register + method) within
/// the review period, for the method as it is now, and no risk above appetite lacks an approved treatment plan or a
/// valid acceptance (<see cref="RiskPosture"/>). Never approved: NotMet. Approved but overdue, for an older method, on an
/// empty register, or with gaps: PartiallyMet, since the analysis exists but is not current or complete.
/// </summary>
public static class RiskManagementRule
{
    public const string Check = "risk.management";

    public static RiskManagementStatus Evaluate(RiskMethod method, AssessmentApproval? approval, IReadOnlyList<RiskRecord> register, DateOnly today)
    {
        var findings = new List<Finding>();
        if (approval is null)
        {
            findings.Add(new(FindingSeverity.High, RiskTexts.NeverApproved.With()));
            AddGaps(method, register, today, findings);
            return new(Outcome.NotMet, null, findings);
        }

        var due = approval.ApprovedOn.AddMonths(method.ReviewPeriodMonths);
        if (today > due)
            findings.Add(new(FindingSeverity.High, RiskTexts.RenewalDue.With(approval.ApprovedOn, due)));
        if (approval.MethodVersion != method.Version)
            findings.Add(new(FindingSeverity.Medium, RiskTexts.MethodChanged.With(approval.MethodVersion, method.Version)));
        if (register.Count == 0)
            findings.Add(new(FindingSeverity.Medium, RiskTexts.RegisterEmpty.With()));
        AddGaps(method, register, today, findings);

        var outcome = findings.Any(f => f.Severity >= FindingSeverity.Medium) ? Outcome.PartiallyMet : Outcome.Met;
        return new(outcome, due, findings);
    }

    private static void AddGaps(RiskMethod method, IReadOnlyList<RiskRecord> register, DateOnly today, List<Finding> findings)
    {
        var postures = register.Select(r => (r.Risk, Posture: RiskPosture.Of(r, method, today))).ToList();
        foreach (var gap in Enum.GetValues<RiskGap>())
        {
            var risks = postures.Where(p => p.Posture.Gaps.Contains(gap)).Select(p => $"{p.Risk.Title} ({p.Risk.Id})").ToList();
            if (risks.Count > 0)
                findings.Add(new(FindingSeverity.High, Describe(gap, risks.Count), risks));
        }

        var reviewsDue = postures.Where(p => p.Posture.ReviewDue && !p.Posture.Gaps.Contains(RiskGap.AcceptanceExpired))
            .Select(p => $"{p.Risk.Title} ({p.Risk.Id})").ToList();
        if (reviewsDue.Count > 0)
            findings.Add(new(FindingSeverity.Low, RiskTexts.ReviewsDue.With(reviewsDue.Count), reviewsDue));
    }

    private static CodedText Describe(RiskGap gap, int count) => (gap switch
    {
        RiskGap.TreatmentPlanNotApproved => RiskTexts.PlanNotApproved,
        RiskGap.AcceptanceMissing => RiskTexts.AcceptanceMissing,
        RiskGap.AcceptancePending => RiskTexts.AcceptancePending,
        RiskGap.AcceptanceStale => RiskTexts.AcceptanceStale,
        _ => RiskTexts.AcceptanceExpired,
    }).With(count);
}
