using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Risks;
using static M365Nis2.Domain.Tests.Risks.Risks;

namespace M365Nis2.Domain.Tests.Risks;

public class RiskManagementRuleTests
{
    private static readonly RiskMethod Method = RiskMethod.Default;
    private static readonly AssessmentApproval Approved = new(Today.AddMonths(-2), 1, new string('a', 64));

    private static RiskRecord Covered()
    {
        var risk = Risk(3, 4, residual: (1, 4));
        return new(risk, ApprovedPlan(risk), null);
    }

    [Fact]
    public void Met_when_the_assessment_is_approved_and_current_and_every_risk_above_appetite_is_covered()
    {
        var status = RiskManagementRule.Evaluate(Method, Approved, [Covered(), new(Risk(1, 2, id: "R-2"), null, null)], Today);
        Assert.Equal(Outcome.Met, status.Outcome);
        Assert.Equal(Today.AddMonths(10), status.NextAssessmentDue);
        Assert.Empty(status.Findings);
    }

    [Fact]
    public void Not_met_without_an_approved_assessment()
    {
        var status = RiskManagementRule.Evaluate(Method, null, [Covered()], Today);
        Assert.Equal(Outcome.NotMet, status.Outcome);
        Assert.Null(status.NextAssessmentDue);
    }

    [Fact]
    public void Partially_met_when_the_assessment_is_older_than_the_review_period()
    {
        var old = Approved with { ApprovedOn = Today.AddMonths(-12).AddDays(-1) };
        var status = RiskManagementRule.Evaluate(Method, old, [Covered()], Today);
        Assert.Equal(Outcome.PartiallyMet, status.Outcome);
        Assert.Contains(status.Findings, f => f.Message.Contains("due for renewal", StringComparison.Ordinal));
    }

    [Fact]
    public void An_assessment_approved_exactly_one_period_ago_is_still_current() =>
        Assert.Equal(Outcome.Met, RiskManagementRule.Evaluate(Method, Approved with { ApprovedOn = Today.AddMonths(-12) }, [Covered()], Today).Outcome);

    [Fact]
    public void Partially_met_when_the_method_changed_since_the_approval()
    {
        var status = RiskManagementRule.Evaluate(Method with { Version = 2 }, Approved, [Covered()], Today);
        Assert.Equal(Outcome.PartiallyMet, status.Outcome);
        Assert.Contains(status.Findings, f => f.Message.Contains("method version 1", StringComparison.Ordinal));
    }

    [Fact]
    public void Partially_met_on_an_empty_register() =>
        Assert.Equal(Outcome.PartiallyMet, RiskManagementRule.Evaluate(Method, Approved, [], Today).Outcome);

    [Fact]
    public void A_risk_above_appetite_without_acceptance_makes_it_partially_met_and_is_named()
    {
        var open = new RiskRecord(Risk(3, 4, treatment: Treatment.Accept, id: "R-9"), null, null);
        var status = RiskManagementRule.Evaluate(Method, Approved, [Covered(), open], Today);
        Assert.Equal(Outcome.PartiallyMet, status.Outcome);
        var finding = Assert.Single(status.Findings);
        Assert.Equal(FindingSeverity.High, finding.Severity);
        Assert.Contains("(R-9)", finding.Subjects[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Accepting_the_open_risk_makes_it_met()
    {
        var risk = Risk(3, 4, treatment: Treatment.Accept, id: "R-9");
        var status = RiskManagementRule.Evaluate(Method, Approved, [Covered(), new(risk, null, Accepted(risk))], Today);
        Assert.Equal(Outcome.Met, status.Outcome);
    }

    [Fact]
    public void A_risk_past_its_review_date_is_a_low_finding_that_keeps_met()
    {
        var late = new RiskRecord(Risk(1, 1, id: "R-3") with { ReviewDate = Today.AddDays(-3) }, null, null);
        var status = RiskManagementRule.Evaluate(Method, Approved, [Covered(), late], Today);
        Assert.Equal(Outcome.Met, status.Outcome);
        Assert.Equal(FindingSeverity.Low, Assert.Single(status.Findings).Severity);
    }
}
