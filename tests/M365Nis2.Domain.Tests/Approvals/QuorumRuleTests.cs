using M365Nis2.Domain.Approvals;

namespace M365Nis2.Domain.Tests.Approvals;

public class QuorumRuleTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 3)]
    [InlineData(6, 4)]
    public void Majority_needs_more_than_half_of_the_approvers(int approvers, int needed) =>
        Assert.Equal(needed, QuorumRule.Majority.Needed(approvers));

    [Theory]
    [InlineData(0, 0, Decision.Pending)]
    [InlineData(2, 0, Decision.Pending)]
    [InlineData(3, 0, Decision.Approved)]
    [InlineData(2, 2, Decision.Pending)]
    [InlineData(0, 3, Decision.Rejected)]
    [InlineData(2, 3, Decision.Rejected)]
    [InlineData(3, 2, Decision.Approved)]
    public void Majority_of_five_is_decided_as_soon_as_the_outcome_cannot_change(int approvals, int rejections, Decision expected) =>
        Assert.Equal(expected, QuorumRule.Majority.Decide(5, approvals, rejections));

    [Fact]
    public void Majority_of_four_is_rejected_by_two_rejections_because_three_approvals_are_then_impossible() =>
        Assert.Equal(Decision.Rejected, QuorumRule.Majority.Decide(4, 0, 2));

    [Theory]
    [InlineData(4, 0, Decision.Pending)]
    [InlineData(5, 0, Decision.Approved)]
    [InlineData(0, 1, Decision.Rejected)]
    [InlineData(4, 1, Decision.Rejected)]
    public void All_requires_every_approver_and_one_rejection_rejects(int approvals, int rejections, Decision expected) =>
        Assert.Equal(expected, QuorumRule.All.Decide(5, approvals, rejections));

    [Theory]
    [InlineData(1, 0, Decision.Pending)]
    [InlineData(2, 0, Decision.Approved)]
    [InlineData(0, 3, Decision.Pending)]
    [InlineData(0, 4, Decision.Rejected)]
    public void Two_of_five_is_approved_at_the_second_approval_and_rejected_only_when_four_reject(int approvals, int rejections, Decision expected) =>
        Assert.Equal(expected, QuorumRule.NOfM(2).Decide(5, approvals, rejections));

    [Fact]
    public void N_of_M_with_N_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => QuorumRule.NOfM(0));

    [Fact]
    public void N_of_M_with_N_above_the_approver_count_is_invalid()
    {
        var problem = Assert.Single(QuorumRule.NOfM(4).Validate(3));
        Assert.Contains("only 3 approvers", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void N_of_M_with_N_equal_to_the_approver_count_is_valid() =>
        Assert.Empty(QuorumRule.NOfM(3).Validate(3));

    [Fact]
    public void A_rule_without_approvers_is_invalid() =>
        Assert.NotEmpty(QuorumRule.Majority.Validate(0));
}
