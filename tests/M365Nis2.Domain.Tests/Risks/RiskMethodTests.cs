using M365Nis2.Domain.Risks;

namespace M365Nis2.Domain.Tests.Risks;

public class RiskMethodTests
{
    [Fact]
    public void Default_method_is_a_valid_4_by_4_matrix_with_danish_labels()
    {
        var method = RiskMethod.Default;
        Assert.Empty(method.Validate());
        Assert.Equal(4, method.Likelihood.Count);
        Assert.Equal(4, method.Impact.Count);
        Assert.Equal(16, method.MaxScore);
        Assert.All(method.Likelihood.Concat(method.Impact), l => Assert.False(string.IsNullOrWhiteSpace(l.Da)));
    }

    [Fact]
    public void Five_by_five_method_is_valid() => Assert.Empty(RiskMethod.FiveByFive.Validate());

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(3, 2, 6)]
    [InlineData(4, 4, 16)]
    public void Score_is_likelihood_times_impact(int l, int i, int score) => Assert.Equal(score, new RiskRating(l, i).Score);

    [Theory]
    [InlineData(2, 3, false)]
    [InlineData(3, 2, false)]
    [InlineData(2, 4, true)]
    [InlineData(3, 3, true)]
    public void Above_appetite_means_a_score_over_the_threshold(int l, int i, bool above) =>
        Assert.Equal(above, RiskMethod.Default.IsAboveAppetite(new(l, i)));

    [Theory]
    [InlineData(1, RiskBand.Low)]
    [InlineData(3, RiskBand.Low)]
    [InlineData(4, RiskBand.Medium)]
    [InlineData(6, RiskBand.Medium)]
    [InlineData(8, RiskBand.High)]
    [InlineData(11, RiskBand.High)]
    [InlineData(12, RiskBand.VeryHigh)]
    [InlineData(16, RiskBand.VeryHigh)]
    public void Bands_follow_the_appetite(int score, RiskBand band) => Assert.Equal(band, RiskMethod.Default.Band(score));

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(5, 4)]
    [InlineData(4, 5)]
    public void Ratings_outside_the_scale_are_not_in_scale(int l, int i) => Assert.False(RiskMethod.Default.InScale(new(l, i)));

    [Fact]
    public void Every_problem_with_a_method_is_listed()
    {
        var bad = RiskMethod.Default with
        {
            Version = 0,
            Likelihood = [new(1, "Rare", ""), new(3, "Often", "Ofte")],
            AppetiteThreshold = 8,
            ReviewPeriodMonths = 0,
            MaxAcceptanceMonths = 3,
        };
        var problems = bad.Validate().Select(p => p.English).ToList();
        Assert.Contains(problems, p => p.Contains("version", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("likelihood scale needs 3 to 6", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("numbered", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Danish label", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("appetite threshold", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("review period", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("acceptance may run", StringComparison.Ordinal));
    }

    [Fact]
    public void Appetite_at_the_maximum_would_accept_everything_and_is_refused() =>
        Assert.NotEmpty((RiskMethod.Default with { AppetiteThreshold = 16 }).Validate());

    [Fact]
    public void Revising_the_method_gives_the_next_version_and_a_new_hash()
    {
        var (next, problems) = RiskMethod.Default.Revise(RiskMethod.FiveByFive);
        Assert.Empty(problems);
        Assert.Equal(2, next!.Version);
        Assert.NotEqual(RiskHashes.Method(RiskMethod.Default), RiskHashes.Method(next));
    }

    [Fact]
    public void An_invalid_revision_is_refused_with_its_problems()
    {
        var (next, problems) = RiskMethod.Default.Revise(RiskMethod.Default with { AppetiteThreshold = 0 });
        Assert.Null(next);
        Assert.NotEmpty(problems);
    }

    [Fact]
    public void After_shrinking_the_scale_risks_rated_outside_it_are_named()
    {
        var smaller = RiskMethod.Default with { Likelihood = [.. RiskMethod.Default.Likelihood.Take(3)] };
        var risks = new[] { Risks.Risk(l: 4, i: 1, id: "R-4"), Risks.Risk(l: 2, i: 2, id: "R-2"), Risks.Risk(l: 3, i: 3, residual: (4, 1), id: "R-5") };
        Assert.Equal(["R-4", "R-5"], smaller.OutOfScale(risks));
    }
}
