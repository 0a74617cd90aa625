using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Tests.Texts;

/// <summary>The texts of tasks other features open, and a supplier finding's text in Danish from its question.</summary>
public class FollowUpTextsTests
{
    private static readonly Question Mfa = Questionnaires.Bank.Single(q => q.Id == "mfa");

    private static SupplierFinding Finding(string text, string? questionId = "mfa") =>
        new("f-1", Severity.High, text, FindingState.Open, new DateOnly(2026, 3, 2), questionId);

    [Theory]
    [InlineData(Answer.No, null, "Nej: ")]
    [InlineData(Answer.Partly, null, "Delvist: ")]
    [InlineData(Answer.No, "Only admins use MFA.", "Nej: ")]
    public void A_questionnaire_finding_reads_in_danish_from_its_question_and_keeps_the_comment_as_written(Answer answer, string? comment, string start)
    {
        var english = SupplierFindingText.English(Mfa, answer, comment);
        var danish = SupplierFindingText.In(Finding(english), "da-DK");

        Assert.StartsWith(start + Mfa.Danish, danish, StringComparison.Ordinal);
        Assert.Equal(comment is null ? start + Mfa.Danish : $"{start}{Mfa.Danish} Kommentar: {comment}", danish);
        Assert.Equal(english, SupplierFindingText.In(Finding(english), "en-US"));
    }

    [Fact]
    public void The_english_text_is_what_assessments_have_always_stored()
    {
        Assert.Equal($"No: {Mfa.English}", SupplierFindingText.English(Mfa, Answer.No, null));
        Assert.Equal($"Partly: {Mfa.English} Comment: Soon.", SupplierFindingText.English(Mfa, Answer.Partly, "  Soon. "));
    }

    [Fact]
    public void A_finding_without_a_known_question_or_in_another_form_keeps_its_stored_text()
    {
        Assert.Equal("No ISO certificate", SupplierFindingText.In(Finding("No ISO certificate", null), "da"));
        Assert.Equal("Hand-written", SupplierFindingText.In(Finding("Hand-written", "removed-question"), "da"));
        Assert.Equal("Changed: " + Mfa.English, SupplierFindingText.In(Finding("Changed: " + Mfa.English), "da"));
    }

    [Fact]
    public void Task_texts_of_other_features_differ_in_danish_and_keep_what_people_wrote()
    {
        var lesson = FollowUpTexts.LessonTitle.With("Test the restore monthly");
        Assert.Equal("Lesson learned: Test the restore monthly", lesson.English);
        Assert.Equal("Erfaring fra øvelse: Test the restore monthly", lesson.Danish);
        var registration = FollowUpTexts.RegistrationDescription.With(3, "contactEmail, sector");
        Assert.Contains("version 3: contactEmail, sector", registration.Danish, StringComparison.Ordinal);
        Assert.NotEqual(registration.English, registration.Danish);
        Assert.Equal("Kørsel r-9: Microsoft Intune finder ikke længere dette (i/devices.stale).",
            FollowUpTexts.FindingGone.With("r-9", "Microsoft Intune", "i/devices.stale").Danish);
    }

    [Fact]
    public void A_title_is_cut_on_one_line_with_an_ellipsis_and_never_inside_a_surrogate_pair()
    {
        Assert.Equal("a b", FollowUpTexts.Cut(" a\nb ", 10));
        Assert.Equal("abcd…", FollowUpTexts.Cut("abcdefgh", 5));
        Assert.Equal("abc…", FollowUpTexts.Cut("abc😀😀", 5));
    }
}
