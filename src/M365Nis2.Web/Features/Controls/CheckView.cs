using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Controls;

/// <summary>
/// A domain check as a provider's control detail shows it: the outcome by name and each finding with its Danish beside
/// the English, so the tab's control page can list it in the reader's language (the shape of the evidence checks).
/// </summary>
[FeatureContract]
public sealed record CheckView(string Check, string Outcome, IReadOnlyList<FindingView> Findings)
{
    public static CheckView Of(CheckResult result) => new(result.Check, result.Outcome.ToString(), [.. result.Findings.Select(FindingView.Of)]);

    /// <summary>The first of the most severe findings (the overview's one line), or null.</summary>
    public FindingView? WorstFinding() => Findings.MaxBy(f => Enum.Parse<FindingSeverity>(f.Severity));
}

/// <param name="MessageDa">The Danish text of a coded finding; null for one without a code (its English is all there is).</param>
/// <param name="Subjects">Named objects as the finding gives them; the names are never translated.</param>
/// <param name="SubjectsDa">The subjects with their words in Danish (e.g. "Acme (aldrig vurderet)") when the finding codes
/// them; null when the subjects are plain names.</param>
[FeatureContract]
public sealed record FindingView(string Severity, string Message, string? MessageDa, IReadOnlyList<string> Subjects, string? Code,
    IReadOnlyList<string>? SubjectsDa = null)
{
    public static FindingView Of(Finding finding) =>
        new(finding.Severity.ToString(), finding.Message, finding.Code is null ? null : finding.Text(TextLanguage.Danish), finding.Subjects, finding.Code,
            finding.SubjectTexts is null ? null : finding.SubjectsIn(TextLanguage.Danish));
}
