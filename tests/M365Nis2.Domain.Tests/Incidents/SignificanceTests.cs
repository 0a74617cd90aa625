using M365Nis2.Domain.Incidents;

namespace M365Nis2.Domain.Tests.Incidents;

public class SignificanceTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(Answer.Yes, Answer.No, SignificanceSuggestion.Significant)]
    [InlineData(Answer.No, Answer.Yes, SignificanceSuggestion.Significant)]
    [InlineData(Answer.Yes, Answer.Unknown, SignificanceSuggestion.Significant)]
    [InlineData(Answer.No, Answer.No, SignificanceSuggestion.NotSignificant)]
    [InlineData(Answer.No, Answer.Unknown, SignificanceSuggestion.Undetermined)]
    [InlineData(Answer.Unknown, Answer.Unknown, SignificanceSuggestion.Undetermined)]
    public void Any_yes_suggests_significant_all_no_suggests_not_and_otherwise_undetermined(Answer a, Answer b, SignificanceSuggestion expected) =>
        Assert.Equal(expected, new SignificanceAssessment(a, b).Suggestion);

    [Fact]
    public void The_ciso_decision_is_recorded_with_reason_person_and_time()
    {
        var decided = new SignificanceAssessment(Answer.Yes, Answer.Unknown)
            .Decide(Significance.Significant, " Billing down for 6 hours ", "oid-mette", At);

        Assert.Equal(new SignificanceDecision(Significance.Significant, "Billing down for 6 hours", "oid-mette", At), decided.Decision);
        Assert.False(decided.DecisionOverridesSuggestion);
    }

    [Fact]
    public void Decision_without_a_reason_is_refused() =>
        Assert.Throws<ArgumentException>(() => new SignificanceAssessment(Answer.Yes, Answer.No).Decide(Significance.Significant, " ", "oid-mette", At));

    [Fact]
    public void Deciding_against_the_suggestion_is_flagged_as_an_override() =>
        Assert.True(new SignificanceAssessment(Answer.Yes, Answer.No)
            .Decide(Significance.NotSignificant, "Only a test system was affected", "oid-mette", At).DecisionOverridesSuggestion);

    [Fact]
    public void Deciding_when_the_suggestion_is_undetermined_is_not_an_override() =>
        Assert.False(new SignificanceAssessment(Answer.Unknown, Answer.No)
            .Decide(Significance.NotSignificant, "Contained within an hour", "oid-mette", At).DecisionOverridesSuggestion);

    [Fact]
    public void Both_criteria_are_asked_in_english_and_danish_with_their_article()
    {
        Assert.Equal(["Art. 23(3)(a)", "Art. 23(3)(b)"], SignificanceQuestions.All.Select(q => q.Article));
        Assert.All(SignificanceQuestions.All, q => Assert.EndsWith("?", q.Danish, StringComparison.Ordinal));
    }
}
