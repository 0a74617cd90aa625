using M365Nis2.Domain.Acknowledgements;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.Mfa;
using M365Nis2.Domain.Exercises;
using M365Nis2.Domain.Risks;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Texts;
using static M365Nis2.Domain.Tests.Exercises.ExerciseTests;

namespace M365Nis2.Domain.Tests.Texts;

/// <summary>
/// What the controls overview and the control pages show beyond the evidence findings, in Danish: the register rules'
/// findings, the stated combination rules, the MFA reasons. English stays what it always was (the rules' own tests).
/// </summary>
public class StatusTextsTests
{
    private static readonly DateOnly Today = new(2026, 6, 1);

    [Fact]
    public void Acknowledgement_findings_read_in_danish_with_the_same_whole_percentages()
    {
        var r = AcknowledgementCoverage.Evaluate([new("Informationssikkerhedspolitik", 2, Today.AddDays(-1), 3, 1)], Today);
        var finding = Assert.Single(r.Findings);
        Assert.Equal("Informationssikkerhedspolitik v2: 1 of 3 (33 %) acknowledged; 90 % expected by 2026-05-31.", finding.Message);
        Assert.Equal("Informationssikkerhedspolitik v2: 1 af 3 (33 %) har bekræftet; 90 % forventet senest 2026-05-31.", finding.Text("da"));
    }

    [Fact]
    public void Exercise_findings_read_in_danish_and_name_exercises_as_recorded()
    {
        var continuity = ExerciseCoverage.Continuity([Make(ExerciseKind.Tabletop, new(2026, 1, 10))], Today);
        Assert.Equal(["Beredskabsplanen blev øvet den 2026-01-10.", "Gendannelse fra backup er ikke testet inden for de seneste 12 måneder."],
            continuity.Findings.Select(f => f.Text("da-DK")));
        var none = ExerciseCoverage.Effectiveness([], 0, Today);
        Assert.Equal("Ingen øvelse eller test af foranstaltningerne inden for de seneste 12 måneder.", Assert.Single(none.Findings).Text("da"));
        var overdue = ExerciseCoverage.Effectiveness([Make(ExerciseKind.Tabletop, new(2026, 1, 10))], 2, Today);
        Assert.All(overdue.Findings, f => Assert.NotEqual(f.Message, f.Text("da")));
        Assert.All(overdue.Findings, f => Assert.NotNull(f.Code));
    }

    [Fact]
    public void Risk_findings_read_in_danish_and_keep_risk_names()
    {
        var never = RiskManagementRule.Evaluate(RiskMethod.Default, null, [new(Risks.Risks.Risk(), null, null)], Today);
        Assert.Equal("Ledelsesorganet har endnu ikke godkendt en risikovurdering.", never.Findings[0].Text("da"));
        Assert.All(never.Findings, f => Assert.NotEqual(f.Message, f.Text("da")));
        Assert.Contains(never.Findings, f => f.Subjects.Contains("Ransomware on the SCADA historian (R-1)"));

        var method = RiskMethod.Default;
        var approved = new DateOnly(2024, 1, 1);
        var stale = RiskManagementRule.Evaluate(method, new AssessmentApproval(approved, method.Version + 1, "sha"), [], Today);
        Assert.Equal([$"Risikovurderingen, der blev godkendt den 2024-01-01, skulle have været fornyet den {approved.AddMonths(method.ReviewPeriodMonths):yyyy-MM-dd}.",
                $"Den godkendte vurdering brugte metodeversion {method.Version + 1}; metoden er nu version {method.Version} og skal godkendes af ledelsen.",
                "Risikoregistret er tomt."],
            stale.Findings.Select(f => f.Text("da")));
    }

    [Fact]
    public void Supply_chain_findings_read_in_danish()
    {
        var empty = SupplierChecks.Register([]);
        Assert.Equal("Leverandørregistret er tomt.", Assert.Single(empty.Findings).Text("da"));
        Assert.Equal("The supplier register is empty.", empty.Findings[0].Message);
        Assert.Equal("Samlet ikke opfyldt: supply.register.", SupplierTexts.OverallNotMet.With("supply.register").Danish);
    }

    [Theory]
    [InlineData(null, UploadState.None, "Ingen automatisk kontrol og ingen uploadet dokumentation.")]
    [InlineData(Outcome.NotMet, UploadState.Current, "De automatiske kontroller er ikke opfyldt; uploadede dokumenter kan ikke tilsidesætte det, lejeren viser.")]
    [InlineData(Outcome.Met, UploadState.Expired, "De automatiske kontroller er opfyldt, men den uploadede politik eller procedure er udløbet.")]
    public void The_stated_combination_rule_reads_in_danish(Outcome? automated, UploadState upload, string danish)
    {
        var (_, rule) = EvidenceCombination.Combine(automated, upload, documentExpected: true);
        Assert.Equal(danish, rule.Danish);
        Assert.NotEqual(rule.English, rule.Danish);
        var summary = SummaryTexts.Automated.With("Microsoft Intune", rule);
        Assert.Equal($"Automatisk fra Microsoft Intune. {danish}", summary.Danish);
        Assert.Equal($"Automated from Microsoft Intune. {rule.English}", summary.English);
    }

    [Fact]
    public void Mfa_reasons_in_danish_follow_the_same_rule_as_the_stored_english()
    {
        CheckResult[] checks =
        [
            new(MfaChecks.Registration, Outcome.Met, []), new(MfaChecks.Enforcement, Outcome.Met, []),
            new(MfaChecks.AdminProtection, Outcome.NotMet, []), new(MfaChecks.LegacyAuthentication, Outcome.Unknown, []),
        ];
        var reasons = MfaEvaluator.Reasons(checks);
        Assert.Equal($"{MfaChecks.AdminProtection}: NotMet", reasons[2].English);
        Assert.Equal($"{MfaChecks.AdminProtection}: ikke opfyldt", reasons[2].Danish);
        Assert.Equal($"Overall Unknown: evidence missing for {MfaChecks.LegacyAuthentication}; never Met on missing data.", reasons[4].English);
        Assert.Equal($"Samlet ukendt: dokumentation mangler for {MfaChecks.LegacyAuthentication}; aldrig opfyldt på manglende data.", reasons[4].Danish);
    }

    [Fact]
    public void The_mfa_summary_formats_the_percentage_per_language() =>
        Assert.Equal(("84.3 % of enabled members MFA-registered", "84,3 % af de aktiverede medlemmer er registreret til MFA"),
            (SummaryTexts.MfaRegistered.With(84.3m).English, SummaryTexts.MfaRegistered.With(84.3m).Danish));
}
