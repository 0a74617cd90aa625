using M365Nis2.Domain.Training;
using M365Nis2.Domain.Training.Modules;

namespace M365Nis2.Domain.Tests.Training;

public class AwarenessModuleTests
{
    private static readonly AwarenessModule Phishing = AwarenessModules.Find("phishing", "en")!;

    private static Dictionary<string, int> Correct(AwarenessModule module) => module.Questions.ToDictionary(q => q.Id, q => q.CorrectOption);

    [Fact]
    public void All_correct_answers_score_one_and_pass()
    {
        var result = Phishing.Score(Correct(Phishing)).Result!;
        Assert.Equal((1m, 4, 4, true), (result.Score, result.Correct, result.Total, result.Passed));
    }

    [Fact]
    public void Three_of_four_meets_the_pass_mark_and_two_of_four_does_not()
    {
        var answers = Correct(Phishing);
        answers["sign"] = 0;
        var three = Phishing.Score(answers).Result!;
        answers["hover_link"] = 2;
        var two = Phishing.Score(answers).Result!;

        Assert.Equal((0.75m, true), (three.Score, three.Passed));
        Assert.Equal((0.5m, false), (two.Score, two.Passed));
        Assert.False(two.Questions.Single(q => q.QuestionId == "sign").IsCorrect);
    }

    [Fact]
    public void Unknown_question_missing_answer_and_invalid_option_are_all_reported_and_nothing_is_scored()
    {
        var answers = Correct(Phishing);
        answers.Remove("clicked");
        answers["sign"] = 7;
        answers["bogus"] = 0;

        var scoring = Phishing.Score(answers);

        Assert.False(scoring.IsValid);
        Assert.Null(scoring.Result);
        Assert.Equal(3, scoring.Problems.Count);
        Assert.Contains(scoring.Problems, p => p.Contains("Unknown question 'bogus'", StringComparison.Ordinal));
        Assert.Contains(scoring.Problems, p => p.Contains("'clicked' is not answered", StringComparison.Ordinal));
        Assert.Contains(scoring.Problems, p => p.Contains("'sign' has no option 7", StringComparison.Ordinal));
    }

    [Fact]
    public void The_problems_with_the_answers_read_in_english_as_before_and_in_danish()
    {
        var answers = Correct(Phishing);
        answers.Remove("clicked");
        answers["sign"] = 7;
        answers["bogus"] = 0;

        var scoring = Phishing.Score(answers);

        var last = Phishing.Questions.Single(q => q.Id == "sign").Options.Count - 1;
        string[] english = ["Unknown question 'bogus' in module 'phishing'.", "Question 'clicked' is not answered.", $"Question 'sign' has no option 7; choose 0 to {last}."];
        Assert.Equal(english.Order(StringComparer.Ordinal), scoring.Problems.Order(StringComparer.Ordinal));
        Assert.Equal(scoring.Problems, scoring.Texts.Select(t => t.English));
        string[] danish = ["Ukendt spørgsmål 'bogus' i modulet 'phishing'.", "Spørgsmål 'clicked' er ikke besvaret.", $"Spørgsmål 'sign' har ingen svarmulighed 7; vælg 0 til {last}."];
        Assert.Equal(danish.Order(StringComparer.Ordinal), scoring.Texts.Select(t => t.Danish).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_built_in_module_is_valid() =>
        Assert.Empty(AwarenessModules.All.SelectMany(m => m.Validate()));

    [Theory]
    [InlineData("phishing")]
    [InlineData("mfa_passwords")]
    [InlineData("incident_reporting")]
    public void Each_module_exists_in_english_and_danish_with_the_same_questions_and_answers(string id)
    {
        var en = AwarenessModules.Find(id, "en")!;
        var da = AwarenessModules.Find(id, "da")!;

        Assert.Equal("da", da.Language);
        Assert.InRange(en.Paragraphs.Count, 3, 4);
        Assert.InRange(en.Questions.Count, 3, 4);
        Assert.Equal(en.Paragraphs.Count, da.Paragraphs.Count);
        Assert.Equal(en.Questions.Select(q => (q.Id, q.CorrectOption, q.Options.Count)), da.Questions.Select(q => (q.Id, q.CorrectOption, q.Options.Count)));
    }

    [Fact]
    public void Unknown_language_falls_back_to_english_and_unknown_module_is_null()
    {
        Assert.Equal("en", AwarenessModules.Find("phishing", "de")!.Language);
        Assert.Null(AwarenessModules.Find("nope", "en"));
    }
}
