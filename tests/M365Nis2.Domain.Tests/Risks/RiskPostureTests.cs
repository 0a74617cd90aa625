using M365Nis2.Domain.Risks;
using static M365Nis2.Domain.Tests.Risks.Risks;

namespace M365Nis2.Domain.Tests.Risks;

public class RiskPostureTests
{
    private static readonly RiskMethod Method = RiskMethod.Default;

    private static RiskPosture Posture(Risk risk, OwnerApproval? plan = null, RiskAcceptance? acceptance = null, DateOnly? today = null) =>
        RiskPosture.Of(new(risk, plan, acceptance), Method, today ?? Today);

    [Fact]
    public void A_risk_within_appetite_is_covered_without_any_decision()
    {
        var posture = Posture(Risk(2, 3));
        Assert.True(posture.IsCovered);
        Assert.False(posture.InherentAboveAppetite);
    }

    [Fact]
    public void A_treated_risk_above_appetite_needs_the_owners_approval_of_the_plan()
    {
        var risk = Risk(3, 4, residual: (1, 4));
        Assert.Equal([RiskGap.TreatmentPlanNotApproved], Posture(risk).Gaps);
        Assert.True(Posture(risk, ApprovedPlan(risk)).IsCovered);
    }

    [Fact]
    public void Changing_the_plan_after_the_owner_approved_it_asks_again()
    {
        var risk = Risk(3, 4, residual: (1, 4));
        var approval = ApprovedPlan(risk);
        var changed = risk with { PlannedMeasures = ["Segment the OT network"] };
        Assert.Equal([RiskGap.TreatmentPlanNotApproved], Posture(changed, approval).Gaps);
    }

    [Fact]
    public void An_approval_by_someone_other_than_the_current_owner_does_not_count()
    {
        var risk = Risk(3, 4, residual: (1, 4));
        var approval = ApprovedPlan(risk);
        var newOwner = risk with { Owner = new("owner-2", "Nina New") };
        Assert.False(Posture(newOwner, approval with { PlanSha256 = RiskHashes.TreatmentPlan(newOwner) }).PlanApproved);
    }

    [Fact]
    public void A_residual_above_appetite_needs_a_board_acceptance_too()
    {
        var risk = Risk(4, 4, residual: (3, 3));
        Assert.Equal([RiskGap.TreatmentPlanNotApproved, RiskGap.AcceptanceMissing], Posture(risk).Gaps);
        Assert.True(Posture(risk, ApprovedPlan(risk), Accepted(risk)).IsCovered);
    }

    [Fact]
    public void An_accepted_risk_needs_no_treatment_plan_but_a_board_acceptance()
    {
        var risk = Risk(3, 4, treatment: Treatment.Accept);
        Assert.Equal([RiskGap.AcceptanceMissing], Posture(risk).Gaps);
        Assert.True(Posture(risk, acceptance: Accepted(risk)).IsCovered);
    }

    [Theory]
    [InlineData(AcceptanceDecision.Pending, RiskGap.AcceptancePending)]
    [InlineData(AcceptanceDecision.Rejected, RiskGap.AcceptanceMissing)]
    [InlineData(AcceptanceDecision.Lapsed, RiskGap.AcceptanceMissing)]
    public void Only_an_accepted_decision_covers_the_risk(AcceptanceDecision decision, RiskGap gap)
    {
        var risk = Risk(3, 4, treatment: Treatment.Accept);
        Assert.Equal([gap], Posture(risk, acceptance: Accepted(risk) with { Decision = decision }).Gaps);
    }

    [Fact]
    public void An_expired_acceptance_returns_the_risk_to_review_by_itself()
    {
        var risk = Risk(3, 4, treatment: Treatment.Accept);
        var posture = Posture(risk, acceptance: Accepted(risk, Today.AddDays(-1)));
        Assert.Equal([RiskGap.AcceptanceExpired], posture.Gaps);
        Assert.True(posture.ReviewDue);
    }

    [Fact]
    public void A_materially_changed_risk_needs_a_new_acceptance()
    {
        var risk = Risk(3, 4, treatment: Treatment.Accept);
        var acceptance = Accepted(risk);
        Assert.Equal([RiskGap.AcceptanceStale], Posture(risk with { Threat = "Insider" }, acceptance: acceptance).Gaps);
    }

    [Fact]
    public void A_risk_past_its_review_date_is_due_for_review_but_not_a_gap()
    {
        var risk = Risk(2, 2) with { ReviewDate = Today.AddDays(-1) };
        var posture = Posture(risk);
        Assert.True(posture.ReviewDue);
        Assert.True(posture.IsCovered);
    }
}
