using ArchitectureModel = ArchUnitNET.Domain.Architecture;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnit;
using M365Nis2.Web.Tests.Architecture.Fixtures;

namespace M365Nis2.Web.Tests.Architecture;

/// <summary>
/// The rules of docs/architecture.md, each checked on the product and shown to fail on its fixture
/// (ArchitectureFixtures.cs) — with the same rule function, so a rule that cannot fail cannot pass here either.
/// </summary>
public sealed class ArchitectureTests
{
    private const string Features = "M365Nis2.Web.Features";
    private const string F = ArchitectureFixtures.Root;

    private static readonly ArchitectureModel Product = new ArchLoader()
        .LoadAssemblies(typeof(Program).Assembly, typeof(Teams.Activity).Assembly, typeof(Domain.Catalogue.Nis2Catalogue).Assembly)
        .Build();

    private static readonly ArchitectureModel Fixture = new ArchLoader()
        .LoadNamespacesWithinAssembly(typeof(ArchitectureTests).Assembly, F)
        .Build();

    [Fact]
    public void Domain_references_nothing_outside_the_BCL() =>
        ArchitectureRules.DomainUsesOnlyTheBcl("M365Nis2.Domain").Check(Product);

    [Fact]
    public void Domain_rule_fails_on_a_domain_type_that_takes_an_HttpContext() =>
        AssertFailsOnlyOn(ArchitectureRules.DomainUsesOnlyTheBcl($"{F}.ImpureDomain.Domain"), "ImpureRule", "Microsoft.AspNetCore.Http.HttpContext");

    [Fact]
    public void Teams_library_references_no_host_no_feature_no_domain_and_no_storage() =>
        ArchitectureRules.DependsOnNoneOf("M365Nis2.Teams", "M365Nis2.Web", "M365Nis2.Domain", "Azure.Data", "Azure.Storage").Check(Product);

    [Fact]
    public void Teams_rule_fails_on_a_protocol_type_that_knows_a_feature_card() =>
        AssertFailsOnlyOn(ArchitectureRules.DependsOnNoneOf($"{F}.LeakyProtocol.Teams", $"{F}.LeakyProtocol.Host"), "CardSender", "EvidenceCard");

    [Fact]
    public void Features_use_each_other_only_through_public_contracts() =>
        ArchitectureRules.FeaturesUseOnlyContractsOfOtherFeatures(Features).Check(Product);

    [Fact]
    public void Contract_rule_fails_on_a_feature_that_uses_another_features_store() =>
        AssertFailsOnlyOn(ArchitectureRules.FeaturesUseOnlyContractsOfOtherFeatures($"{F}.FeatureInternals.Features"), "AlphaService", "BetaStore",
            notReported: "IBetaContract");

    [Fact]
    public void Infrastructure_references_no_feature() =>
        ArchitectureRules.DependsOnNoneOf("M365Nis2.Web.Infrastructure", Features).Check(Product);

    [Fact]
    public void Infrastructure_rule_fails_on_a_table_that_knows_a_feature_record() =>
        AssertFailsOnlyOn(ArchitectureRules.DependsOnNoneOf($"{F}.InfrastructureToFeature.Infrastructure", $"{F}.InfrastructureToFeature.Features"),
            "RunTable", "EvidenceRun");

    [Fact]
    public void Controls_depends_on_no_other_feature() =>
        ArchitectureRules.FeatureDependsOnNoOtherFeature(Features, "Controls").Check(Product);

    [Fact]
    public void Controls_rule_fails_when_controls_reads_a_feature_even_through_its_contract() =>
        AssertFailsOnlyOn(ArchitectureRules.FeatureDependsOnNoOtherFeature($"{F}.ControlsUsesFeature.Features", "Controls"), "ControlsOverview", "MfaStatus");

    [Fact]
    public void Features_are_free_of_cycles() =>
        ArchitectureRules.FeaturesAreFreeOfCycles(Features).Check(Product);

    [Fact]
    public void Cycle_rule_fails_on_tab_and_audit_pack_using_each_other() =>
        AssertFailsOnlyOn(ArchitectureRules.FeaturesAreFreeOfCycles($"{F}.FeatureCycle.Features"), "Tab", "AuditPack");

    /// <summary>The rule reports a violation, names the offender and its target, and passes everything else in its fixture.</summary>
    private static void AssertFailsOnlyOn(IArchRule rule, string offender, string target, string? notReported = null)
    {
        Assert.False(rule.HasNoViolations(Fixture), $"expected \"{rule.Description}\" to fail on its fixture");
        var failures = rule.Evaluate(Fixture).Where(r => !r.Passed).Select(r => r.Description).ToList();
        var failure = Assert.Single(failures);
        Assert.Contains(offender, failure, StringComparison.Ordinal);
        Assert.Contains(target, failure, StringComparison.Ordinal);
        if (notReported is not null)
        {
            Assert.DoesNotContain(notReported, failure, StringComparison.Ordinal);
        }
    }
}
