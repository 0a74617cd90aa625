using M365Nis2.Domain.Acknowledgements;
using M365Nis2.Domain.Evidence;

namespace M365Nis2.Domain.Tests.Acknowledgements;

public class AcknowledgementCoverageTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static VersionAcknowledgement V(string title, int audience, int acknowledged, int dueInDays = -1) =>
        new(title, 2, Today.AddDays(dueInDays), audience, acknowledged);

    [Fact]
    public void Nothing_put_to_staff_is_unknown_with_a_reason()
    {
        var r = AcknowledgementCoverage.Evaluate([], Today);
        Assert.Equal(Outcome.Unknown, r.Outcome);
        Assert.Equal("No approved policy version has been put to staff for acknowledgement yet.", Assert.Single(r.Findings).Message);
    }

    [Fact]
    public void Every_due_version_at_or_above_the_threshold_is_met()
    {
        var r = AcknowledgementCoverage.Evaluate([V("Information security policy", 100, 90), V("Access control policy", 10, 10)], Today);
        Assert.Equal(Outcome.Met, r.Outcome);
        Assert.All(r.Findings, f => Assert.Equal(FindingSeverity.Info, f.Severity));
        Assert.Contains(r.Findings, f => f.Message == "Information security policy v2: 90 of 100 (90 %) acknowledged.");
    }

    [Fact]
    public void A_version_still_within_its_due_date_counts_for_nothing_either_way()
    {
        var r = AcknowledgementCoverage.Evaluate([V("Incident response plan", 100, 3, dueInDays: 0)], Today);
        Assert.Equal(Outcome.Met, r.Outcome);
        Assert.Equal("Incident response plan v2: 3 of 100 acknowledged so far (due 2026-06-01).", Assert.Single(r.Findings).Message);
    }

    [Fact]
    public void Some_due_versions_below_the_threshold_is_partially_met_naming_the_policy_and_counts()
    {
        var r = AcknowledgementCoverage.Evaluate([V("A", 100, 95), V("B", 100, 60)], Today);
        Assert.Equal(Outcome.PartiallyMet, r.Outcome);
        Assert.Contains(r.Findings, f => f is { Severity: FindingSeverity.Medium, Message: "B v2: 60 of 100 (60 %) acknowledged; 90 % expected by 2026-05-31." });
    }

    [Fact]
    public void Every_due_version_below_the_threshold_is_not_met_and_under_half_the_threshold_is_high()
    {
        var r = AcknowledgementCoverage.Evaluate([V("A", 100, 44), V("B", 100, 45), V("C", 100, 80, dueInDays: 5)], Today);
        Assert.Equal(Outcome.NotMet, r.Outcome);
        Assert.Contains(r.Findings, f => f.Severity == FindingSeverity.High && f.Message.StartsWith("A v2", StringComparison.Ordinal));
        Assert.Contains(r.Findings, f => f.Severity == FindingSeverity.Medium && f.Message.StartsWith("B v2", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_audience_counts_as_complete() =>
        Assert.Equal(Outcome.Met, AcknowledgementCoverage.Evaluate([V("A", 0, 0)], Today).Outcome);

    [Fact]
    public void The_threshold_can_be_set_and_must_be_a_share()
    {
        Assert.Equal(Outcome.Met, AcknowledgementCoverage.Evaluate([V("A", 100, 60)], Today, 0.6m).Outcome);
        Assert.Throws<ArgumentOutOfRangeException>(() => AcknowledgementCoverage.Evaluate([V("A", 1, 1)], Today, 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => AcknowledgementCoverage.Evaluate([V("A", 1, 1)], Today, 1.01m));
    }

    [Fact]
    public void Findings_never_name_people() =>
        Assert.All(AcknowledgementCoverage.Evaluate([V("A", 100, 10), V("B", 5, 1, 3)], Today).Findings, f => Assert.Empty(f.Subjects));
}
