using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Risks;
using static M365Nis2.Domain.Tests.Risks.Risks;

namespace M365Nis2.Domain.Tests.Risks;

public class BoardDecisionsTests
{
    [Fact]
    public void Art_20_1_counts_decided_rounds_per_subject_kind_within_the_period()
    {
        BoardDecision[] decisions =
        [
            new("risk-acceptance", "R-1", Decision.Approved, Today.AddDays(-10)),
            new("risk-acceptance", "R-2", Decision.Rejected, Today.AddDays(-20)),
            new("risk-acceptance", "R-3", Decision.Expired, Today.AddDays(-30)),
            new("risk-assessment", "2026", Decision.Approved, Today.AddMonths(-11)),
            new("soa", "3", Decision.Pending, Today),
            new("policy", "P-1", Decision.Approved, Today.AddMonths(-12)),
            new("policy", "P-2", Decision.Approved, Today.AddDays(1)),
        ];
        var counts = BoardDecisions.Count(decisions, Today, 12);
        Assert.Equal(
            [new BoardDecisionCount("risk-acceptance", 1, 1, 1), new BoardDecisionCount("risk-assessment", 1, 0, 0)],
            counts);
    }
}
