using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Suppliers;

namespace M365Nis2.Domain.Tests.Suppliers;

public class SupplyChainRuleTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static SupplierStanding Supplier(string name, SupplierTier tier, DateOnly? assessed, params SupplierFinding[] findings) =>
        new(name.ToLowerInvariant(), name, tier, new DateOnly(2024, 1, 1), assessed, findings, []);

    private static readonly SupplierStanding[] Healthy =
    [
        Supplier("Nordic MSP", SupplierTier.Tier1, Today.AddMonths(-11)),
        Supplier("PayFlow", SupplierTier.Tier2, Today.AddMonths(-23)),
        Supplier("Canteen Co", SupplierTier.Tier3, null),
    ];

    private static Collected<IReadOnlyList<DiscoveredApp>> Apps(params DiscoveredApp[] apps) => Collected.Ok<IReadOnlyList<DiscoveredApp>>(apps);

    private static DiscoveredApp App(string permission, DiscoveryDecision decision) =>
        new(TenantApps.Classify(new TenantApp("sp", "app", "Vendor app", "Vendor", "other", false, [permission], [])), decision);

    private static SupplyChainEvaluation Evaluate(IReadOnlyList<SupplierStanding> suppliers, Collected<IReadOnlyList<DiscoveredApp>>? apps = null) =>
        SupplyChainRule.Evaluate(suppliers, apps ?? Apps(), Today);

    [Fact]
    public void Met_when_critical_and_important_suppliers_are_assessed_in_time_and_every_risky_app_is_decided()
    {
        var result = Evaluate(Healthy, Apps(App("Mail.Read", DiscoveryDecision.Registered), App("Files.Read.All", DiscoveryDecision.Dismissed),
            App("User.Read", DiscoveryDecision.Pending)));
        Assert.Equal(Outcome.Met, result.Overall);
        Assert.Contains(result.Checks.Single(c => c.Check == "supply.assessments").Findings, f => f.Message == "Tier 3: 1 not assessed within 36 months.");
    }

    [Fact]
    public void An_empty_register_is_not_met() => Assert.Equal(Outcome.NotMet, Evaluate([]).Overall);

    [Theory]
    [InlineData(SupplierTier.Tier1, 12, Outcome.Met)]
    [InlineData(SupplierTier.Tier1, 13, Outcome.NotMet)]
    [InlineData(SupplierTier.Tier2, 24, Outcome.Met)]
    [InlineData(SupplierTier.Tier2, 25, Outcome.NotMet)]
    [InlineData(SupplierTier.Tier3, 60, Outcome.Met)]
    public void Assessment_age_is_judged_by_tier(SupplierTier tier, int monthsAgo, Outcome expected) =>
        Assert.Equal(expected, Evaluate([Supplier("S", tier, Today.AddMonths(-monthsAgo))]).Overall);

    [Fact]
    public void A_tier_1_supplier_never_assessed_is_named()
    {
        var result = Evaluate([.. Healthy, Supplier("New Host", SupplierTier.Tier1, null)]);
        Assert.Equal(Outcome.NotMet, result.Overall);
        var finding = result.Checks.Single(c => c.Check == "supply.assessments").Findings[0];
        Assert.Equal(["New Host (never assessed)"], finding.Subjects);
        Assert.Equal("Overall NotMet: supply.assessments.", result.Rule);
    }

    [Fact]
    public void An_open_high_finding_is_not_met_but_a_resolved_or_accepted_one_is_fine()
    {
        SupplierFinding F(FindingState state, Severity severity = Severity.High) => new("f", severity, "No MFA", state, Today);
        Assert.Equal(Outcome.NotMet, Evaluate([Supplier("S", SupplierTier.Tier2, Today, F(FindingState.Open))]).Overall);
        Assert.Equal(Outcome.Met, Evaluate([Supplier("S", SupplierTier.Tier2, Today, F(FindingState.Resolved), F(FindingState.RiskAccepted))]).Overall);
        var medium = Evaluate([Supplier("S", SupplierTier.Tier2, Today, F(FindingState.Open, Severity.Medium))]);
        Assert.Equal(Outcome.Met, medium.Overall);
        Assert.Equal("1 medium findings are open.", medium.Checks.Single(c => c.Check == "supply.findings").Findings[0].Message);
    }

    [Fact]
    public void A_pending_high_privilege_app_is_not_met_and_named_with_its_permissions()
    {
        var result = Evaluate(Healthy, Apps(App("Directory.ReadWrite.All", DiscoveryDecision.Pending)));
        Assert.Equal(Outcome.NotMet, result.Overall);
        Assert.Equal(["Vendor app (Critical: Directory.ReadWrite.All)"], result.Checks.Single(c => c.Check == "supply.discovery").Findings[0].Subjects);
    }

    [Fact]
    public void Discovery_that_could_not_run_is_unknown_never_met()
    {
        var forbidden = Collected.NotCollected<IReadOnlyList<DiscoveredApp>>(CollectionStatus.Forbidden("Application.Read.All"));
        var result = Evaluate(Healthy, forbidden);
        Assert.Equal(Outcome.Unknown, result.Overall);
        Assert.Contains("missing permission Application.Read.All", result.Checks.Single(c => c.Check == "supply.discovery").Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definite_failure_stands_even_when_discovery_is_unknown()
    {
        var forbidden = Collected.NotCollected<IReadOnlyList<DiscoveredApp>>(CollectionStatus.Forbidden("Application.Read.All"));
        Assert.Equal(Outcome.NotMet, Evaluate([Supplier("S", SupplierTier.Tier1, null)], forbidden).Overall);
    }

    [Fact]
    public void Expired_certificates_are_shown_but_do_not_decide()
    {
        var s = Healthy[0] with { Certificates = [new SupplierCertificate(CertificateKind.Iso27001, "ISO/IEC 27001", Today.AddDays(-1))] };
        var result = Evaluate([s]);
        Assert.Equal(Outcome.Met, result.Overall);
        Assert.Equal(["Nordic MSP: ISO/IEC 27001 (2026-11-29)"], result.Checks.Single(c => c.Check == "supply.certificates").Findings[0].Subjects);
    }

    [Fact]
    public void The_words_around_named_suppliers_and_apps_read_in_danish_for_a_danish_reader_and_the_names_stay()
    {
        SupplierFinding High() => new("f", Severity.High, "No MFA", FindingState.Open, Today);
        var result = Evaluate([Supplier("New Host", SupplierTier.Tier1, null), Supplier("Old Host A/S", SupplierTier.Tier2, new DateOnly(2024, 5, 2), High(), High())],
            Apps(App("Directory.ReadWrite.All", DiscoveryDecision.Pending)));
        Finding Of(string check, int i = 0) => result.Checks.Single(c => c.Check == check).Findings[i];

        Assert.Equal(["New Host (aldrig vurderet)"], Of("supply.assessments").SubjectsIn("da-DK"));
        Assert.Equal(["Old Host A/S (sidst vurderet 2024-05-02)"], Of("supply.assessments", 1).SubjectsIn("da"));
        Assert.Equal(["Old Host A/S (2 af høj alvor)"], Of("supply.findings").SubjectsIn("da"));
        Assert.Equal(["Vendor app (Kritisk: Directory.ReadWrite.All)"], Of("supply.discovery").SubjectsIn("da"));

        Assert.Equal(["New Host (never assessed)"], Of("supply.assessments").SubjectsIn("en"));
        Assert.Equal(["Old Host A/S (last 2024-05-02)"], Of("supply.assessments", 1).Subjects);
        Assert.Equal(["Old Host A/S (2 high)"], Of("supply.findings").SubjectsIn("en-US"));
        Assert.Equal(["Vendor app (Critical: Directory.ReadWrite.All)"], Of("supply.discovery").SubjectsIn(null));
    }

    [Fact]
    public void A_finding_whose_names_were_removed_stays_without_names_in_danish()
    {
        var finding = Evaluate([Supplier("New Host", SupplierTier.Tier1, null)]).Checks.Single(c => c.Check == "supply.assessments").Findings[0];
        Assert.Empty((finding with { Subjects = [] }).SubjectsIn("da"));
    }
}
