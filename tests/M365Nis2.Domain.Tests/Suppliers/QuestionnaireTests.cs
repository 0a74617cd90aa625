using M365Nis2.Domain.Suppliers;

namespace M365Nis2.Domain.Tests.Suppliers;

public class QuestionnaireTests
{
    private static readonly DateOnly Completed = new(2026, 3, 10);

    [Theory]
    [InlineData(SupplierTier.Tier3, 5)]
    [InlineData(SupplierTier.Tier2, 10)]
    [InlineData(SupplierTier.Tier1, 16)]
    public void Templates_are_proportionate_to_the_tier(SupplierTier tier, int questions) =>
        Assert.Equal(questions, Questionnaires.ForTier(tier).Questions.Count);

    [Fact]
    public void A_more_critical_tier_asks_everything_a_lower_tier_asks()
    {
        var t3 = Questionnaires.ForTier(SupplierTier.Tier3).Questions.Select(q => q.Id);
        var t2 = Questionnaires.ForTier(SupplierTier.Tier2).Questions.Select(q => q.Id).ToList();
        Assert.All(t3, id => Assert.Contains(id, t2));
    }

    [Fact]
    public void Every_question_has_distinct_id_and_english_and_danish_text()
    {
        Assert.Equal(Questionnaires.Bank.Count, Questionnaires.Bank.Select(q => q.Id).Distinct().Count());
        Assert.All(Questionnaires.Bank, q =>
        {
            Assert.EndsWith("?", q.English, StringComparison.Ordinal);
            Assert.EndsWith("?", q.Danish, StringComparison.Ordinal);
            Assert.NotEqual(q.English, q.Danish);
        });
    }

    [Theory]
    [InlineData("da", "Leverandørvurdering (niveau 1)")]
    [InlineData("da-DK", "Leverandørvurdering (niveau 1)")]
    [InlineData("en-GB", "Supplier assessment (tier 1)")]
    [InlineData(null, "Supplier assessment (tier 1)")]
    public void Title_follows_the_language(string? language, string title) =>
        Assert.Equal(title, Questionnaires.ForTier(SupplierTier.Tier1).Title(language!));

    [Fact]
    public void Question_text_follows_the_language() =>
        Assert.StartsWith("Kræves", Questionnaires.Find("mfa")!.Text("da"), StringComparison.Ordinal);

    private static List<QuestionAnswer> AllYes(SupplierTier tier) =>
        [.. Questionnaires.ForTier(tier).Questions.Select(q => new QuestionAnswer(q.Id, Answer.Yes))];

    [Fact]
    public void All_yes_raises_no_finding()
    {
        var result = AssessmentScoring.Score(Questionnaires.ForTier(SupplierTier.Tier2), AllYes(SupplierTier.Tier2), Completed);
        Assert.True(result.IsValid);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void No_raises_the_question_severity_and_partly_one_lower_with_follow_up_dates()
    {
        var answers = AllYes(SupplierTier.Tier3);
        answers[1] = new("mfa", Answer.No, "Only for admins");
        answers[2] = new("patching", Answer.Partly);
        var result = AssessmentScoring.Score(Questionnaires.ForTier(SupplierTier.Tier3), answers, Completed);
        Assert.Equal(2, result.Findings.Count);
        Assert.Equal(("mfa", Severity.High, Completed.AddDays(30)), (result.Findings[0].QuestionId, result.Findings[0].Severity, result.Findings[0].FollowUpDueOn));
        Assert.EndsWith("Comment: Only for admins", result.Findings[0].Text, StringComparison.Ordinal);
        Assert.Equal(("patching", Severity.Low, Completed.AddDays(180)), (result.Findings[1].QuestionId, result.Findings[1].Severity, result.Findings[1].FollowUpDueOn));
    }

    [Fact]
    public void Partly_on_a_low_question_stays_low() => Assert.Equal(Severity.Low, FindingFollowUp.Lower(Severity.Low));

    [Fact]
    public void Missing_duplicate_and_foreign_answers_are_each_reported_and_nothing_is_raised()
    {
        var answers = AllYes(SupplierTier.Tier3);
        answers.RemoveAt(0);
        answers.Add(new("mfa", Answer.No));
        answers.Add(new("backup", Answer.Yes));
        var result = AssessmentScoring.Score(Questionnaires.ForTier(SupplierTier.Tier3), answers, Completed);
        Assert.Equal(
            ["Question 'mfa' is answered more than once.", "Question 'backup' is not part of the tier 3 questionnaire.", "Question 'incident-notice' is not answered."],
            result.Errors);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void Not_applicable_needs_a_reason()
    {
        var answers = AllYes(SupplierTier.Tier3);
        answers[3] = new("data-location", Answer.NotApplicable, " ");
        Assert.Equal(["Question 'data-location' is marked not applicable without a comment saying why."],
            AssessmentScoring.Score(Questionnaires.ForTier(SupplierTier.Tier3), answers, Completed).Errors);
        answers[3] = new("data-location", Answer.NotApplicable, "We send no data");
        Assert.True(AssessmentScoring.Score(Questionnaires.ForTier(SupplierTier.Tier3), answers, Completed).IsValid);
    }

    [Fact]
    public void Overlong_comment_and_unknown_answer_are_refused()
    {
        var answers = AllYes(SupplierTier.Tier3);
        answers[0] = new("incident-notice", (Answer)42, new string('x', 2001));
        Assert.Equal(2, AssessmentScoring.Score(Questionnaires.ForTier(SupplierTier.Tier3), answers, Completed).Errors.Count);
    }

    [Theory]
    [InlineData(Severity.High, 30)]
    [InlineData(Severity.Medium, 90)]
    [InlineData(Severity.Low, 180)]
    public void Follow_up_time_follows_severity(Severity severity, int days) => Assert.Equal(days, FindingFollowUp.DaysToFix(severity));

    [Fact]
    public void Contract_clauses_are_required_in_proportion()
    {
        Assert.Equal(["confidentiality", "incident-notification"], ContractClauses.Missing(SupplierTier.Tier3, []).Select(c => c.Id));
        Assert.Equal(8, ContractClauses.Missing(SupplierTier.Tier1, []).Count);
        Assert.Equal(["exit"], ContractClauses.Missing(SupplierTier.Tier1, [.. ContractClauses.All.Select(c => c.Id).Where(id => id != "exit")]).Select(c => c.Id));
    }
}
