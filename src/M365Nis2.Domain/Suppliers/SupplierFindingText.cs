using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Suppliers;

/// <summary>
/// A supplier finding's text in either language. The finding stores its English text only (it is in signed assessment
/// records); the question it came from is in the bank in both languages, so the Danish is derived from it. A finding
/// without a known question (added by hand, or a question since removed) keeps its stored text.
/// </summary>
public static class SupplierFindingText
{
    /// <summary>The answers that raise a finding (<see cref="AssessmentScoring"/>).</summary>
    private static readonly Answer[] Raising = [Answer.No, Answer.Partly];

    /// <summary>The English text of an answer's finding, as <see cref="AssessmentScoring"/> stores it.</summary>
    public static string English(Question question, Answer answer, string? comment) => Render(question, answer, comment, danish: false);

    public static string In(SupplierFinding finding, string? language)
    {
        if (!TextLanguage.IsDanish(language) || Questionnaires.Bank.FirstOrDefault(q => q.Id == finding.QuestionId) is not { } question)
            return finding.Text;
        foreach (var answer in Raising)
        {
            var plain = English(question, answer, null);
            if (finding.Text == plain)
                return Render(question, answer, null, danish: true);
            var prefix = SupplierTexts.Commented.With(plain, "").English;
            if (finding.Text.StartsWith(prefix, StringComparison.Ordinal))
                return Render(question, answer, finding.Text[prefix.Length..], danish: true);
        }
        return finding.Text;
    }

    private static string Render(Question question, Answer answer, string? comment, bool danish)
    {
        var said = (answer == Answer.No ? SupplierTexts.AnsweredNo : SupplierTexts.AnsweredPartly).With(danish ? question.Danish : question.English);
        var line = danish ? said.Danish : said.English;
        if (string.IsNullOrWhiteSpace(comment))
            return line;
        var commented = SupplierTexts.Commented.With(line, comment.Trim());
        return danish ? commented.Danish : commented.English;
    }
}
