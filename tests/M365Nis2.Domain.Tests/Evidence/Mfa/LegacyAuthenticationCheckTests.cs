using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;

namespace M365Nis2.Domain.Tests.Evidence.Mfa;

public class LegacyAuthenticationCheckTests
{
    private static CheckResult Check(MfaEvidence evidence) => LegacyAuthenticationCheck.Evaluate(evidence, Given.Options);

    private static CheckResult Check(params ConditionalAccessPolicy[] policies) => Check(Given.Evidence(policies));

    [Fact]
    public void Block_policy_for_both_legacy_types_is_met() =>
        Assert.Equal(Outcome.Met, Check(Given.BlockLegacy()).Outcome);

    [Fact]
    public void No_block_policy_is_not_met_because_legacy_bypasses_mfa()
    {
        var result = Check(Given.MfaForAll());
        Assert.Equal(Outcome.NotMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Message.Contains("bypass MFA", StringComparison.Ordinal));
    }

    [Fact]
    public void Security_defaults_block_legacy_authentication() =>
        Assert.Equal(Outcome.Met, Check(Given.Evidence(securityDefaults: true)).Outcome);

    [Fact]
    public void Blocking_only_exchange_active_sync_is_partially_met_naming_the_gap()
    {
        var result = Check(Given.BlockLegacy(clientAppTypes: ["exchangeActiveSync"]));
        Assert.Equal(Outcome.PartiallyMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Subjects.SequenceEqual(["other"]));
    }

    [Fact]
    public void Two_policies_together_blocking_both_types_are_met() =>
        Assert.Equal(Outcome.Met,
            Check(Given.BlockLegacy("EAS", clientAppTypes: ["exchangeActiveSync"]), Given.BlockLegacy("Other", clientAppTypes: ["other"])).Outcome);

    [Fact]
    public void Report_only_block_policy_does_not_count()
    {
        var result = Check(Given.BlockLegacy(state: PolicyState.ReportOnly));
        Assert.Equal(Outcome.NotMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Message.Contains("report-only", StringComparison.Ordinal));
    }

    [Fact]
    public void Block_policy_with_a_group_exclusion_is_partially_met_naming_it()
    {
        var result = Check(Given.BlockLegacy(users: Given.AllUsersExcept(groups: ["legacy-printers"])));
        Assert.Equal(Outcome.PartiallyMet, result.Outcome);
        Assert.Contains(result.Findings, f => f.Subjects.Contains("legacy-printers"));
    }

    [Fact]
    public void Block_policy_with_break_glass_exclusion_is_met() =>
        Assert.Equal(Outcome.Met, Check(Given.BlockLegacy(users: Given.AllUsersExcept(users: [Given.BreakGlassId]))).Outcome);

    [Fact]
    public void Block_policy_for_selected_users_is_partially_met() =>
        Assert.Equal(Outcome.PartiallyMet, Check(Given.BlockLegacy(users: new PolicyUsers(["u-1"], [], [], [], [], []))).Outcome);

    [Fact]
    public void Block_policy_for_modern_clients_is_not_a_legacy_block() =>
        Assert.Equal(Outcome.NotMet, Check(Given.BlockLegacy(clientAppTypes: ["browser"])).Outcome);

    [Fact]
    public void Ca_unreadable_and_defaults_off_is_unknown() =>
        Assert.Equal(Outcome.Unknown, Check(Given.Evidence(caStatus: CollectionStatus.Failed("timeout"))).Outcome);
}
