using M365Nis2.Domain.Evidence;

namespace M365Nis2.Domain.Tests.Evidence;

public class FindingFollowUpsTests
{
    private static readonly FindingDueDays Due = new(High: 14, Medium: 30, Low: 90);

    private static SourceEvaluation Eval(params MeasureCheck[] checks) => new("intune", checks, new Dictionary<string, decimal?>());

    private static MeasureCheck Check(string check, Outcome outcome, params Finding[] findings) => new(Measures.Cryptography, new CheckResult(check, outcome, findings));

    private static FindingFollowUpPlan Plan(params MeasureCheck[] checks) => FindingFollowUps.Plan(Eval(checks), "Microsoft Intune", Due);

    [Fact]
    public void A_not_met_check_opens_one_task_keyed_by_source_check_and_measure_due_by_its_worst_finding()
    {
        var plan = Plan(Check("devices.encryption", Outcome.NotMet,
            new Finding(FindingSeverity.Medium, "2 devices do not report encryption."),
            new Finding(FindingSeverity.High, "12 of 40 devices (70 %) are encrypted.", ["LAPTOP-017 (ida)"])));

        var task = Assert.Single(plan.Open);
        Assert.Equal("intune/devices.encryption/art21.2.h", task.Key);
        Assert.Equal(FindingSeverity.High, task.Severity);
        Assert.Equal(14, task.DueInDays);
        Assert.Equal("Microsoft Intune: 12 of 40 devices (70 %) are encrypted.", task.Title);
        Assert.StartsWith("High: 12 of 40", task.Description, StringComparison.Ordinal);
        Assert.Contains("Medium: 2 devices", task.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("LAPTOP-017", task.Description, StringComparison.Ordinal); // subjects stay in the evidence
        Assert.Empty(plan.Resolved);
    }

    [Fact]
    public void The_key_does_not_depend_on_the_counts_so_a_rerun_finds_the_same_task()
    {
        var first = Plan(Check("devices.encryption", Outcome.NotMet, new Finding(FindingSeverity.High, "12 of 40 encrypted.")));
        var second = Plan(Check("devices.encryption", Outcome.NotMet, new Finding(FindingSeverity.High, "13 of 40 encrypted.")));
        Assert.Equal(first.Open[0].Key, second.Open[0].Key);
    }

    [Fact]
    public void A_not_met_check_with_only_low_findings_is_due_as_medium()
    {
        var task = Assert.Single(Plan(Check("x", Outcome.NotMet, new Finding(FindingSeverity.Low, "minor"), new Finding(FindingSeverity.Info, "context"))).Open);
        Assert.Equal(FindingSeverity.Medium, task.Severity);
        Assert.Equal(30, task.DueInDays);
        Assert.DoesNotContain("context", task.Description, StringComparison.Ordinal); // Info is not work
    }

    [Fact]
    public void A_not_met_check_without_findings_still_opens_a_task_naming_the_check()
    {
        var task = Assert.Single(Plan(Check("backup.coverage", Outcome.NotMet)).Open);
        Assert.Equal("Microsoft Intune: backup.coverage is not met.", task.Title);
    }

    [Fact]
    public void A_high_finding_opens_a_task_even_when_the_check_is_partially_met()
    {
        var task = Assert.Single(Plan(Check("devices.os-currency", Outcome.PartiallyMet, new Finding(FindingSeverity.High, "5 devices run an outdated OS."))).Open);
        Assert.Equal(FindingSeverity.High, task.Severity);
    }

    [Theory]
    [InlineData(Outcome.Met)]
    [InlineData(Outcome.PartiallyMet)]
    public void A_judged_check_without_high_findings_resolves_its_key(Outcome outcome)
    {
        var plan = Plan(Check("devices.encryption", outcome, new Finding(FindingSeverity.Medium, "almost")));
        Assert.Empty(plan.Open);
        Assert.Equal(["intune/devices.encryption/art21.2.h"], plan.Resolved);
    }

    [Fact]
    public void An_unknown_check_neither_opens_nor_resolves()
    {
        var plan = Plan(Check("devices.encryption", Outcome.Unknown, new Finding(FindingSeverity.High, "Managed devices could not be read (403).")));
        Assert.Empty(plan.Open);
        Assert.Empty(plan.Resolved);
    }

    [Fact]
    public void One_check_speaking_to_two_measures_gives_two_keys_and_duplicates_count_once()
    {
        var gap = new CheckResult("securescore.gaps", Outcome.NotMet, [new Finding(FindingSeverity.High, "gap")]);
        var plan = FindingFollowUps.Plan(new SourceEvaluation("securescore", [new(Measures.Cryptography, gap), new(Measures.Authentication, gap), new(Measures.Authentication, gap)],
            new Dictionary<string, decimal?>()), "Microsoft Secure Score", Due);
        Assert.Equal(["securescore/securescore.gaps/art21.2.h", "securescore/securescore.gaps/art21.2.j"], plan.Open.Select(o => o.Key));
    }

    [Fact]
    public void Title_and_description_are_clipped_to_what_a_task_holds()
    {
        var task = Assert.Single(Plan(Check("x", Outcome.NotMet, [.. Enumerable.Range(0, 40).Select(i => new Finding(FindingSeverity.High, new string('m', 300)))])).Open);
        Assert.Equal(FindingFollowUps.MaxTitle, task.Title.Length);
        Assert.Equal(FindingFollowUps.MaxDescription, task.Description.Length);
        Assert.EndsWith("…", task.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 30, 90)]
    [InlineData(31, 30, 90)]
    [InlineData(14, 30, 366)]
    public void Due_days_are_validated(int high, int medium, int low) => Assert.NotEmpty(new FindingDueDays(high, medium, low).Validate());

    [Fact]
    public void Default_due_days_are_valid() => Assert.Empty(new FindingDueDays().Validate());
}
