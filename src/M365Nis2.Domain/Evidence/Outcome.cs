using System.Text.Json.Serialization;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Evidence;

/// <summary>How well a piece of evidence shows that a measure is in place.</summary>
public enum Outcome
{
    /// <summary>The evidence could not be judged: collection failed, or a licence or permission is missing.</summary>
    Unknown = 0,
    NotMet,
    PartiallyMet,
    Met,
}

/// <summary>How much a finding matters to an auditor.</summary>
public enum FindingSeverity
{
    /// <summary>Context or best practice; does not lower the outcome on its own.</summary>
    Info = 0,
    Low,
    Medium,
    High,
}

/// <summary>One reason behind an outcome, naming the users, policies, groups or roles involved.</summary>
/// <param name="Message">The English text, as artefacts have always stored it (and all a finding signed before codes has).</param>
/// <param name="Subjects">Named objects (e.g. "Ada Admin (ada@contoso.com)", "policy 'Require MFA' (id)"); may be a bounded sample.
/// The names are never translated; words around them are, when the finding has <see cref="SubjectTexts"/>.</param>
public sealed record Finding(FindingSeverity Severity, string Message, IReadOnlyList<string> Subjects)
{
    public Finding(FindingSeverity severity, string message)
        : this(severity, message, [])
    {
    }

    /// <summary>A coded finding: <see cref="Message"/> is its English text; <see cref="Code"/> and <see cref="Args"/> let
    /// each reader get it in their language (<see cref="TextCatalog"/>).</summary>
    public Finding(FindingSeverity severity, CodedText text, IReadOnlyList<string>? subjects = null)
        : this(severity, text.English, subjects ?? [])
    {
        Code = text.Code;
        Args = text.Args;
    }

    /// <summary>
    /// A coded finding whose subjects carry words of their own around the name (e.g. "Acme A/S (never assessed)"): each
    /// subject is a coded text with the name as an argument, so the words read in the reader's language while the name
    /// stays as given. <see cref="Subjects"/> holds their English.
    /// </summary>
    public Finding(FindingSeverity severity, CodedText text, IReadOnlyList<CodedText> subjects)
        : this(severity, text, [.. subjects.Select(s => s.English)])
    {
        SubjectTexts = subjects;
    }

    /// <summary>A coded finding naming a sample: its coded subjects when it has them, else its plain names.</summary>
    public Finding(FindingSeverity severity, CodedText text, Mfa.NamedSample sample)
        : this(severity, text, sample.Names)
    {
        SubjectTexts = sample.Texts;
    }

    /// <summary>The coded subjects; null when the subjects are plain names (most findings) or stored before codes.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<CodedText>? SubjectTexts { get; init; }

    /// <summary>
    /// The subjects in the reader's language: the coded ones rendered, plain names as they are. A copy whose names were
    /// removed (<c>with { Subjects = [] }</c>) stays without names.
    /// </summary>
    public IReadOnlyList<string> SubjectsIn(string? language) => In(Subjects, SubjectTexts, language);

    /// <summary>
    /// <paramref name="subjects"/> in <paramref name="language"/>: their coded texts rendered when there is one per subject,
    /// else the subjects as stored (plain names, a finding stored before codes, or one whose names were removed).
    /// </summary>
    public static IReadOnlyList<string> In(IReadOnlyList<string> subjects, IReadOnlyList<CodedText>? texts, string? language) =>
        texts is null || texts.Count != subjects.Count ? subjects : [.. texts.Select(s => s.InLanguage(language))];

    /// <summary>The Danish subjects for the tab; null when there is nothing but the stored subjects to show.</summary>
    public static IReadOnlyList<string>? Danish(IReadOnlyList<string> subjects, IReadOnlyList<CodedText>? texts) =>
        texts is null || texts.Count != subjects.Count ? null : In(subjects, texts, TextLanguage.Danish);

    /// <summary>The text's code (<see cref="TextCode"/>); null for findings stored before codes.</summary>
    public string? Code { get; init; }

    /// <summary>The text's arguments as invariant data; null with <see cref="Code"/>.</summary>
    public IReadOnlyDictionary<string, string>? Args { get; init; }

    /// <summary>The message in the reader's language ("da" or "en"); an uncoded finding keeps its stored English.</summary>
    public string Text(string? language) => TextCatalog.Localize(Message, Code, Args, language);
}

/// <summary>The outcome of one check, with every reason shown.</summary>
/// <param name="Check">Stable key of the check, e.g. <c>mfa.registration</c>.</param>
public sealed record CheckResult(string Check, Outcome Outcome, IReadOnlyList<Finding> Findings);
