using M365Nis2.Domain.Catalogue;
using M365Nis2.Domain.Risks;
using static M365Nis2.Domain.Tests.Risks.Risks;

namespace M365Nis2.Domain.Tests.Risks;

public class RiskRulesTests
{
    private static readonly HashSet<string> Assets = ["asset-1"];

    private static List<string> Validate(Risk risk) => [.. RiskRules.Validate(risk, RiskMethod.Default, Assets, Nis2Catalogue.Default, Today).Select(p => p.English)];

    [Fact]
    public void A_complete_risk_is_valid() => Assert.Empty(Validate(Risk(3, 4, residual: (1, 4))));

    [Fact]
    public void Every_problem_is_listed()
    {
        var risk = Risk(5, 0, residual: (1, 1)) with
        {
            Title = "",
            Scenario = "",
            AssetIds = ["asset-9"],
            PlannedMeasures = [],
            Measures = ["art20.1", "art99"],
            AnnexA = ["A.9.9"],
            ReviewDate = Today.AddDays(-1),
        };
        var problems = Validate(risk);
        Assert.Contains("A title is required.", problems);
        Assert.Contains("A scenario is required.", problems);
        Assert.Contains("Asset asset-9 is not in the asset register.", problems);
        Assert.Contains(problems, p => p.StartsWith("Likelihood and impact before treatment", StringComparison.Ordinal));
        Assert.Contains("A mitigate treatment needs at least one planned measure.", problems);
        Assert.Contains("art20.1 is not an Art. 21(2) measure.", problems);
        Assert.Contains("art99 is not an Art. 21(2) measure.", problems);
        Assert.Contains("A.9.9 is not an ISO/IEC 27001:2022 Annex A control.", problems);
        Assert.Contains("The review date is in the past.", problems);
    }

    [Fact]
    public void The_score_after_treatment_cannot_exceed_the_score_before() =>
        Assert.Contains("The score after treatment cannot be higher than before it.", Validate(Risk(2, 2, residual: (3, 2))));

    [Fact]
    public void An_accepted_risk_needs_no_planned_measures() => Assert.Empty(Validate(Risk(3, 4, treatment: Treatment.Accept)));

    [Fact]
    public void The_review_date_stays_within_the_review_period()
    {
        Assert.Empty(Validate(Risk() with { ReviewDate = Today.AddMonths(12) }));
        Assert.NotEmpty(Validate(Risk() with { ReviewDate = Today.AddMonths(12).AddDays(1) }));
    }

    [Fact]
    public void History_lists_each_changed_field_with_before_and_after()
    {
        var before = Risk(3, 4);
        var after = before with { Inherent = new(4, 4), Residual = new(1, 4), Treatment = Treatment.Transfer, AssetIds = ["asset-1", "asset-2"] };
        var changes = RiskChanges.Between(before, after);
        Assert.Equal(["assets", "inherent", "residual", "treatment"], changes.Select(c => c.Field));
        Assert.Equal(new FieldChange("inherent", "L3 × I4 = 12", "L4 × I4 = 16"), changes[1]);
        Assert.Equal("", changes[2].Before);
        Assert.Empty(RiskChanges.Between(before, before));
    }

    [Fact]
    public void A_newline_in_a_field_cannot_forge_another_field_in_the_hash()
    {
        var a = Risk() with { Threat = "x\nvulnerability=y", Vulnerability = "z" };
        var b = Risk() with { Threat = "x", Vulnerability = "y\nvulnerability=z" };
        Assert.NotEqual(RiskHashes.Risk(a, RiskMethod.Default), RiskHashes.Risk(b, RiskMethod.Default));
    }

    [Fact]
    public void Asset_order_does_not_change_the_hash_but_measure_order_does()
    {
        var risk = Risk() with { AssetIds = ["a", "b"] };
        Assert.Equal(RiskHashes.Risk(risk, RiskMethod.Default), RiskHashes.Risk(risk with { AssetIds = ["b", "a"] }, RiskMethod.Default));
        Assert.NotEqual(RiskHashes.TreatmentPlan(risk), RiskHashes.TreatmentPlan(risk with { PlannedMeasures = [.. risk.PlannedMeasures.Reverse()] }));
    }

    [Fact]
    public void Heat_map_places_each_risk_before_and_after_treatment()
    {
        Risk[] risks = [Risk(3, 4, residual: (1, 4), id: "R-1"), Risk(3, 4, id: "R-2"), Risk(1, 1, id: "R-3")];
        var before = HeatMap.Build(RiskMethod.Default, risks, TreatmentStage.BeforeTreatment);
        var after = HeatMap.Build(RiskMethod.Default, risks, TreatmentStage.AfterTreatment);
        Assert.Equal(16, before.Count);
        Assert.Equal((4, 1), (before[0].Likelihood, before[0].Impact));
        Assert.Equal(["R-1", "R-2"], before.Single(c => c is { Likelihood: 3, Impact: 4 }).RiskIds);
        Assert.Equal(["R-2"], after.Single(c => c is { Likelihood: 3, Impact: 4 }).RiskIds);
        Assert.Equal(["R-1"], after.Single(c => c is { Likelihood: 1, Impact: 4 }).RiskIds);
        Assert.True(after.Single(c => c is { Likelihood: 3, Impact: 4 }).AboveAppetite);
        Assert.Equal(RiskBand.VeryHigh, after.Single(c => c is { Likelihood: 3, Impact: 4 }).Band);
    }
}
