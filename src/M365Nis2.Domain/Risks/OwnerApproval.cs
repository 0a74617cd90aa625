namespace M365Nis2.Domain.Risks;

/// <summary>The risk owner's approval of the treatment plan, bound to <see cref="RiskHashes.TreatmentPlan"/>.</summary>
public sealed record OwnerApproval(string ObjectId, DateTimeOffset At, string PlanSha256)
{
    /// <summary>True if the current owner approved the current plan.</summary>
    public bool Covers(Risk risk) =>
        string.Equals(ObjectId, risk.Owner.ObjectId, StringComparison.OrdinalIgnoreCase)
        && string.Equals(PlanSha256, RiskHashes.TreatmentPlan(risk), StringComparison.OrdinalIgnoreCase);
}
