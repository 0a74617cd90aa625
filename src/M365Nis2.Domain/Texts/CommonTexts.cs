using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Texts;

/// <summary>Pieces several texts share: why a source could not be read, a sample's truncation note, nothing.</summary>
public static class CommonTexts
{
    public static readonly TextCode None = new("none", "", "");

    /// <summary>A refusal that has no code of its own (an exception's message): the same words in both languages.</summary>
    public static readonly TextCode AsGiven = new("text.given", "{text}", "{text}");

    public static readonly TextCode Collected = new("status.collected", "collected", "indsamlet");
    public static readonly TextCode Forbidden = new("status.forbidden", "missing permission {detail}", "mangler tilladelsen {detail}");
    public static readonly TextCode ForbiddenUnspecified = new("status.forbidden.unspecified", "missing permission (unspecified)", "mangler en tilladelse (ikke angivet)");
    public static readonly TextCode LicenceRequired = new("status.licence", "requires {detail}", "kræver {detail}");
    public static readonly TextCode LicenceUnspecified = new("status.licence.unspecified", "requires a licence the tenant does not have",
        "kræver en licens, som lejeren ikke har");
    public static readonly TextCode Failed = new("status.failed", "collection failed: {detail}", "indsamlingen mislykkedes: {detail}");
    public static readonly TextCode FailedUnspecified = new("status.failed.unspecified", "collection failed: unspecified error",
        "indsamlingen mislykkedes: ukendt fejl");

    public static readonly TextCode SeverityInfo = new("severity.info", "Info", "Info");
    public static readonly TextCode SeverityLow = new("severity.low", "Low", "Lav");
    public static readonly TextCode SeverityMedium = new("severity.medium", "Medium", "Middel");
    public static readonly TextCode SeverityHigh = new("severity.high", "High", "Høj");

    public static readonly TextCode OutcomeUnknown = new("outcome.unknown", "Unknown", "ukendt");
    public static readonly TextCode OutcomeNotMet = new("outcome.notmet", "NotMet", "ikke opfyldt");
    public static readonly TextCode OutcomePartiallyMet = new("outcome.partiallymet", "PartiallyMet", "delvist opfyldt");
    public static readonly TextCode OutcomeMet = new("outcome.met", "Met", "opfyldt");

    /// <summary>An outcome's word: its enum name in English (as stored everywhere), the Danish word in Danish.</summary>
    public static CodedText OutcomeOf(Evidence.Outcome outcome) => (outcome switch
    {
        Evidence.Outcome.Met => OutcomeMet,
        Evidence.Outcome.PartiallyMet => OutcomePartiallyMet,
        Evidence.Outcome.NotMet => OutcomeNotMet,
        _ => OutcomeUnknown,
    }).With();

    /// <summary>A severity's word: its enum name in English, the Danish word in Danish.</summary>
    public static CodedText SeverityOf(Evidence.FindingSeverity severity) => (severity switch
    {
        Evidence.FindingSeverity.High => SeverityHigh,
        Evidence.FindingSeverity.Medium => SeverityMedium,
        Evidence.FindingSeverity.Low => SeverityLow,
        _ => SeverityInfo,
    }).With();

    /// <summary>Appended to a count whose named sample is cut short (the subjects list holds the first names only).</summary>
    public static readonly TextCode SampleTruncated = new("sample.truncated", " (first {shown} of {total} shown)", " (de første {shown} af {total} vist)");

    /// <summary>A subject that is a name only, beside coded subjects of the same finding (the name as given in both languages).</summary>
    public static readonly TextCode Name = new("subject.name", "{name}", "{name}");

    /// <summary>
    /// A value Microsoft Graph reports ("high", "active", "success") in the reader's language: its word when <paramref name="value"/>
    /// is exactly one of <paramref name="words"/>' English templates (so the English stays as Graph wrote it), else the
    /// value as given.
    /// </summary>
    public static object GraphValue(string value, params TextCode[] words) =>
        words.FirstOrDefault(w => string.Equals(w.English, value, StringComparison.Ordinal)) is { } word ? word.With() : value;
}
