namespace M365Nis2.Domain.Incidents;

/// <summary>An answer to a guided question; Unknown is a legitimate answer early in an incident.</summary>
public enum Answer
{
    Unknown = 0,
    Yes,
    No,
}

public enum Significance
{
    Significant = 0,
    NotSignificant,
}

/// <summary>What the answers suggest; the CISO decides.</summary>
public enum SignificanceSuggestion
{
    Undetermined = 0,
    Significant,
    NotSignificant,
}

/// <summary>One Art. 23(3) criterion phrased as a question, in English and Danish.</summary>
public sealed record SignificanceQuestion(string Id, string Article, string English, string Danish);

/// <summary>The two Art. 23(3) criteria as guided questions.</summary>
public static class SignificanceQuestions
{
    public static SignificanceQuestion OperationalOrFinancial { get; } = new("operational_or_financial", "Art. 23(3)(a)",
        "Has the incident caused, or can it cause, severe operational disruption of our services or financial loss for us?",
        "Har hændelsen forårsaget, eller kan den forårsage, alvorlige driftsforstyrrelser af vores tjenester eller økonomiske tab for os?");

    public static SignificanceQuestion HarmToOthers { get; } = new("harm_to_others", "Art. 23(3)(b)",
        "Has the incident affected, or can it affect, other people or organisations by causing considerable material or non-material damage?",
        "Har hændelsen påvirket, eller kan den påvirke, andre fysiske eller juridiske personer ved at forårsage betydelig materiel eller immateriel skade?");

    public static IReadOnlyList<SignificanceQuestion> All { get; } = [OperationalOrFinancial, HarmToOthers];
}

/// <summary>The CISO's decision, with the mandatory reason, who decided and when.</summary>
public sealed record SignificanceDecision(Significance Outcome, string Reason, string DecidedBy, DateTimeOffset DecidedAt);

/// <summary>
/// The answers to the two Art. 23(3) questions and, once made, the CISO's decision. Immutable; <see cref="Decide"/>
/// returns a new assessment. Either criterion is enough for an incident to be significant.
/// </summary>
public sealed record SignificanceAssessment(Answer OperationalOrFinancialImpact, Answer HarmToOthers)
{
    public const int MaxReasonLength = 2000;

    public SignificanceDecision? Decision { get; private init; }

    /// <summary>Any Yes suggests significant; both No suggests not significant; otherwise undetermined.</summary>
    public SignificanceSuggestion Suggestion =>
        OperationalOrFinancialImpact == Answer.Yes || HarmToOthers == Answer.Yes ? SignificanceSuggestion.Significant
        : OperationalOrFinancialImpact == Answer.No && HarmToOthers == Answer.No ? SignificanceSuggestion.NotSignificant
        : SignificanceSuggestion.Undetermined;

    /// <summary>True when the decision goes against a determined suggestion, so the record shows a deliberate override.</summary>
    public bool DecisionOverridesSuggestion => Decision is { } d && Suggestion != SignificanceSuggestion.Undetermined
        && (d.Outcome == Significance.Significant) != (Suggestion == SignificanceSuggestion.Significant);

    /// <summary>Records the CISO's decision. The reason is mandatory (the audit must show why); throws <see cref="ArgumentException"/> otherwise.</summary>
    public SignificanceAssessment Decide(Significance outcome, string reason, string decidedBy, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(reason))
            throw new ArgumentException("A reason for the significance decision is required.", nameof(reason));
        if (reason.Trim().Length > MaxReasonLength)
            throw new ArgumentException($"The reason is longer than {MaxReasonLength} characters.", nameof(reason));
        if (string.IsNullOrWhiteSpace(decidedBy))
            throw new ArgumentException("Who decided is required.", nameof(decidedBy));
        return this with { Decision = new(outcome, reason.Trim(), decidedBy, at) };
    }
}
