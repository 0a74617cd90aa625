using M365Nis2.Domain.Evidence;

namespace M365Nis2.Domain.Tests.Evidence;

public class CombinationTests
{
    private static CheckResult C(string key, Outcome outcome) => new(key, outcome, []);

    [Fact]
    public void No_checks_give_no_automated_outcome() => Assert.Null(MeasureOutcome.Combine([]).Outcome);

    [Fact]
    public void All_unknown_is_unknown() =>
        Assert.Equal(Outcome.Unknown, MeasureOutcome.Combine([C("a", Outcome.Unknown), C("b", Outcome.Unknown)]).Outcome);

    [Fact]
    public void The_weakest_judged_check_decides() =>
        Assert.Equal(Outcome.NotMet, MeasureOutcome.Combine([C("a", Outcome.Met), C("b", Outcome.NotMet), C("c", Outcome.PartiallyMet)]).Outcome);

    [Fact]
    public void Met_with_an_unknown_check_is_only_partially_met_and_names_it()
    {
        var (outcome, rule) = MeasureOutcome.Combine([C("a", Outcome.Met), C("intune.x", Outcome.Unknown)]);
        Assert.Equal(Outcome.PartiallyMet, outcome);
        Assert.Contains("intune.x", rule, StringComparison.Ordinal);
    }

    [Fact]
    public void NotMet_with_an_unknown_check_stays_not_met() =>
        Assert.Equal(Outcome.NotMet, MeasureOutcome.Combine([C("a", Outcome.NotMet), C("b", Outcome.Unknown)]).Outcome);

    [Theory]
    [InlineData(null, UploadState.None, true, MeasureStatus.NoEvidence)]
    [InlineData(null, UploadState.Current, true, MeasureStatus.Documented)]
    [InlineData(null, UploadState.Expired, true, MeasureStatus.DocumentExpired)]
    [InlineData(Outcome.NotMet, UploadState.Current, true, MeasureStatus.NotMet)]
    [InlineData(Outcome.Unknown, UploadState.None, true, MeasureStatus.Unknown)]
    [InlineData(Outcome.Unknown, UploadState.Expired, true, MeasureStatus.Unknown)]
    [InlineData(Outcome.Unknown, UploadState.Current, true, MeasureStatus.PartiallyMet)]
    [InlineData(Outcome.PartiallyMet, UploadState.Current, true, MeasureStatus.PartiallyMet)]
    [InlineData(Outcome.Met, UploadState.Current, true, MeasureStatus.Met)]
    [InlineData(Outcome.Met, UploadState.None, true, MeasureStatus.PartiallyMet)]
    [InlineData(Outcome.Met, UploadState.Expired, true, MeasureStatus.PartiallyMet)]
    [InlineData(Outcome.Met, UploadState.None, false, MeasureStatus.Met)]
    public void Automated_and_uploaded_evidence_combine_by_the_stated_rule(Outcome? automated, UploadState upload, bool documentExpected, MeasureStatus expected) =>
        Assert.Equal(expected, EvidenceCombination.Combine(automated, upload, documentExpected).Status);

    [Fact]
    public void Every_measure_but_j_expects_a_document()
    {
        Assert.False(EvidenceCombination.ExpectsDocument("art21.2.j"));
        Assert.True(EvidenceCombination.ExpectsDocument("art21.2.c"));
        Assert.False(EvidenceCombination.ExpectsDocument("art23"));
    }

    [Theory]
    [InlineData(95, 100, Outcome.Met)]
    [InlineData(94, 100, Outcome.PartiallyMet)]
    [InlineData(80, 100, Outcome.PartiallyMet)]
    [InlineData(79, 100, Outcome.NotMet)]
    public void Thresholds_are_inclusive(int good, int total, Outcome expected) =>
        Assert.Equal(expected, Thresholds.Judge(good, total, 95m, 80m));

    [Fact]
    public void Name_sampler_counts_everything_and_keeps_the_first_names()
    {
        var sampler = new NameSampler(2);
        foreach (var n in new[] { "a", "b", "c" })
            sampler.Add(n);
        var sample = sampler.ToSample();
        Assert.Equal(3, sample.Total);
        Assert.Equal(["a", "b"], sample.Names);
        Assert.Contains("first 2 of 3", sample.TruncationNote, StringComparison.Ordinal);
    }
}
