namespace M365Nis2.Domain.Risks;

/// <summary>A risk with the decisions recorded on it.</summary>
public sealed record RiskRecord(Risk Risk, OwnerApproval? PlanApproval, RiskAcceptance? Acceptance);

/// <summary>Why a risk is not covered, in the order a CISO acts on them.</summary>
public enum RiskGap
{
    /// <summary>Inherent rating above appetite, treated by mitigate/transfer/avoid, and the owner has not approved the current plan.</summary>
    TreatmentPlanNotApproved = 0,
    /// <summary>Effective rating above appetite and no acceptance asked for (or it was rejected or lapsed).</summary>
    AcceptanceMissing,
    /// <summary>Effective rating above appetite and the board has not decided yet.</summary>
    AcceptancePending,
    /// <summary>The risk changed after the board accepted it.</summary>
    AcceptanceStale,
    /// <summary>The acceptance ran out: the risk is back in review.</summary>
    AcceptanceExpired,
}

/// <summary>Where one risk stands on <c>today</c>.</summary>
/// <param name="ReviewDue">The review date has passed, or the acceptance expired (which returns the risk to review).</param>
public sealed record RiskPosture(
    string RiskId,
    int InherentScore,
    int EffectiveScore,
    bool InherentAboveAppetite,
    bool EffectiveAboveAppetite,
    bool PlanApproved,
    AcceptanceState Acceptance,
    bool ReviewDue,
    IReadOnlyList<RiskGap> Gaps)
{
    /// <summary>Nothing is missing: within appetite, or treated by an approved plan and accepted where still above.</summary>
    public bool IsCovered => Gaps.Count == 0;

    /// <summary>
    /// The rule (chosen where the issue is silent, see docs/risks.md): a risk whose inherent rating is above appetite and
    /// that is treated (not simply accepted) needs its owner's approval of the current plan; a risk whose effective
    /// (residual) rating is still above appetite needs a valid board acceptance of the risk as it is now.
    /// </summary>
    public static RiskPosture Of(RiskRecord record, RiskMethod method, DateOnly today)
    {
        var risk = record.Risk;
        var inherentAbove = method.IsAboveAppetite(risk.Inherent);
        var effectiveAbove = method.IsAboveAppetite(risk.Effective);
        var planApproved = record.PlanApproval?.Covers(risk) == true;
        var acceptance = AcceptanceRules.Evaluate(record.Acceptance, RiskHashes.Risk(risk, method), today);

        var gaps = new List<RiskGap>();
        if (inherentAbove && risk.Treatment != Treatment.Accept && !planApproved)
            gaps.Add(RiskGap.TreatmentPlanNotApproved);
        if (effectiveAbove)
        {
            switch (acceptance)
            {
                case AcceptanceState.Valid:
                    break;
                case AcceptanceState.Pending:
                    gaps.Add(RiskGap.AcceptancePending);
                    break;
                case AcceptanceState.Stale:
                    gaps.Add(RiskGap.AcceptanceStale);
                    break;
                case AcceptanceState.Expired:
                    gaps.Add(RiskGap.AcceptanceExpired);
                    break;
                default:
                    gaps.Add(RiskGap.AcceptanceMissing);
                    break;
            }
        }

        var reviewDue = today > risk.ReviewDate || acceptance == AcceptanceState.Expired;
        return new(risk.Id, risk.Inherent.Score, risk.Effective.Score, inherentAbove, effectiveAbove, planApproved, acceptance, reviewDue, gaps);
    }
}
