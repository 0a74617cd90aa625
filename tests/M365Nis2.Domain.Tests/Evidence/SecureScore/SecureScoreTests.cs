using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.SecureScore;

namespace M365Nis2.Domain.Tests.Evidence.SecureScore;

public class SecureScoreTests
{
    private static readonly DateTimeOffset Today = new(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

    private static SecureScoreSnapshot Snap(int daysAgo, decimal score, decimal max = 100, params ControlScore[] controls) =>
        new(Today.AddDays(-daysAgo), score, max, controls);

    private static SecureScoreEvidence Evidence(IReadOnlyList<SecureScoreSnapshot> scores, IReadOnlyList<ControlProfile>? profiles = null) =>
        new(Collected.Ok(scores), Collected.Ok(profiles ?? []));

    [Theory]
    [InlineData(70, Outcome.Met)]
    [InlineData(69.9, Outcome.PartiallyMet)]
    [InlineData(50, Outcome.PartiallyMet)]
    [InlineData(49.9, Outcome.NotMet)]
    public void Level_is_judged_against_the_thresholds(decimal score, Outcome expected) =>
        Assert.Equal(expected, SecureScoreLevelCheck.Evaluate(Evidence([Snap(0, score)]), SecureScoreOptions.Default).Outcome);

    [Fact]
    public void Custom_level_thresholds_are_honoured() =>
        Assert.Equal(Outcome.PartiallyMet, SecureScoreLevelCheck.Evaluate(Evidence([Snap(0, 75)]), new SecureScoreOptions(MetPercent: 80)).Outcome);

    [Fact]
    public void Forbidden_score_is_unknown_naming_the_permission()
    {
        var evidence = new SecureScoreEvidence(Collected.NotCollected<IReadOnlyList<SecureScoreSnapshot>>(CollectionStatus.Forbidden("SecurityEvents.Read.All")),
            Collected.NotCollected<IReadOnlyList<ControlProfile>>(CollectionStatus.Forbidden("SecurityEvents.Read.All")));
        var evaluation = SecureScoreEvaluator.Evaluate(evidence, SecureScoreOptions.Default);
        Assert.All(evaluation.Checks, c => Assert.Equal(Outcome.Unknown, c.Result.Outcome));
        Assert.Contains("SecurityEvents.Read.All", SecureScoreLevelCheck.Evaluate(evidence, SecureScoreOptions.Default).Findings[0].Message, StringComparison.Ordinal);
        Assert.Null(evaluation.Metrics[SecureScoreEvaluator.PercentMetric]);
    }

    [Fact]
    public void Empty_score_list_is_unknown_not_met() =>
        Assert.Equal(Outcome.Unknown, SecureScoreLevelCheck.Evaluate(Evidence([]), SecureScoreOptions.Default).Outcome);

    [Fact]
    public void Trend_needs_two_scores() =>
        Assert.Equal(Outcome.Unknown, SecureScoreTrendCheck.Evaluate(Evidence([Snap(0, 60)]), SecureScoreOptions.Default).Outcome);

    [Fact]
    public void A_drop_of_the_threshold_over_the_period_is_partially_met()
    {
        var check = SecureScoreTrendCheck.Evaluate(Evidence([Snap(0, 60), Snap(15, 63), Snap(30, 65), Snap(45, 40)]), SecureScoreOptions.Default);
        Assert.Equal(Outcome.PartiallyMet, check.Outcome); // compared with 30 days ago (65 %), not the older 40 %
        Assert.Contains("-5", check.Findings[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rising_score_is_met_and_the_delta_is_reported()
    {
        var scores = new[] { Snap(0, 62), Snap(30, 55) };
        Assert.Equal(Outcome.Met, SecureScoreTrendCheck.Evaluate(Evidence(scores), SecureScoreOptions.Default).Outcome);
        Assert.Equal(7m, SecureScoreTrendCheck.Delta(scores, SecureScoreOptions.Default));
    }

    [Fact]
    public void With_a_short_history_the_oldest_score_is_the_baseline() =>
        Assert.Equal(-10m, SecureScoreTrendCheck.Delta([Snap(0, 50), Snap(3, 60)], SecureScoreOptions.Default));

    [Theory]
    [InlineData("AdminMFAV2", null, null, "art21.2.j")]
    [InlineData("mdatp_bitlocker", "Encrypt all devices with BitLocker", "Device", "art21.2.h")]
    [InlineData("mdatp_patching", "Update Windows to the latest version", "Device", "art21.2.e")]
    [InlineData("aad_guest_limits", "Restrict guest access", "Identity", "art21.2.i")]
    [InlineData("some_identity_thing", "Something", "Identity", "art21.2.i")]
    [InlineData("some_data_thing", "Something", "Data", "art21.2.h")]
    [InlineData("unknown", "Something", "Other", null)]
    public void Controls_map_to_measures(string name, string? title, string? category, string? expected) =>
        Assert.Equal(expected, SecureScoreControlMap.MeasureFor(name, title, category));

    [Fact]
    public void Configured_mapping_overrides_the_built_in_one() =>
        Assert.Equal("art21.2.e", SecureScoreControlMap.MeasureFor("AdminMFAV2", null, null, new Dictionary<string, string> { ["AdminMFAV2"] = "art21.2.e" }));

    [Fact]
    public void Gaps_are_judged_per_measure_and_name_the_largest_first()
    {
        ControlProfile[] profiles =
        [
            new("AdminMFAV2", "Require MFA for administrative roles", "Identity", "AzureAD", 10, false),
            new("MFARegistrationV2", "Ensure all users can complete MFA", "Identity", "AzureAD", 9, false),
            new("mdatp_bitlocker", "Turn on BitLocker", "Device", "MDATP", 8, false),
            new("old_control", "Deprecated MFA thing", "Identity", "AzureAD", 50, true),
        ];
        var snapshot = Snap(0, 20, 100, new ControlScore("AdminMFAV2", "Identity", 10), new ControlScore("MFARegistrationV2", "Identity", 3),
            new ControlScore("mdatp_bitlocker", "Device", 0), new ControlScore("old_control", "Identity", 0));

        var gaps = SecureScoreGapCheck.Evaluate(Evidence([snapshot], profiles), SecureScoreOptions.Default);

        var j = Assert.Single(gaps, g => g.ControlId == "art21.2.j");
        Assert.Equal(Outcome.PartiallyMet, j.Result.Outcome); // 13 of 19 = 68 %, deprecated control left out
        Assert.Equal("Ensure all users can complete MFA (3/9)", j.Result.Findings[1].Subjects[0]);
        var h = Assert.Single(gaps, g => g.ControlId == "art21.2.h");
        Assert.Equal(Outcome.NotMet, h.Result.Outcome);
        Assert.Equal(SecureScoreChecks.Gaps("art21.2.h"), h.Result.Check);
    }

    [Fact]
    public void Gaps_are_unknown_for_every_mapped_measure_when_profiles_are_refused()
    {
        var evidence = new SecureScoreEvidence(Collected.Ok<IReadOnlyList<SecureScoreSnapshot>>([Snap(0, 50)]),
            Collected.NotCollected<IReadOnlyList<ControlProfile>>(CollectionStatus.LicenceRequired("Microsoft Defender")));
        var gaps = SecureScoreGapCheck.Evaluate(evidence, SecureScoreOptions.Default);
        Assert.Equal(4, gaps.Count);
        Assert.All(gaps, g => Assert.Equal(Outcome.Unknown, g.Result.Outcome));
    }

    [Fact]
    public void Evaluation_speaks_to_f_with_level_and_trend()
    {
        var evaluation = SecureScoreEvaluator.Evaluate(Evidence([Snap(0, 72), Snap(30, 70)]), SecureScoreOptions.Default);
        Assert.Equal(2, evaluation.For("art21.2.f").Count);
        Assert.Equal(72m, evaluation.Metrics[SecureScoreEvaluator.PercentMetric]);
    }

    [Fact]
    public void Invalid_options_are_reported()
    {
        Assert.NotEmpty(new SecureScoreOptions(MetPercent: 40, PartialPercent: 50).Validate());
        Assert.NotEmpty(new SecureScoreOptions(TrendDays: 0).Validate());
        Assert.Empty(SecureScoreOptions.Default.Validate());
    }
}
