namespace M365Nis2.Domain.Suppliers;

/// <summary>Severity of a supplier finding. An open High finding keeps (d) from being met.</summary>
public enum Severity
{
    Low = 1,
    Medium = 2,
    High = 3,
}

public enum FindingState
{
    Open = 0,
    Resolved,
    /// <summary>The risk was accepted by a recorded decision; it no longer counts as open.</summary>
    RiskAccepted,
}

/// <summary>A finding on a supplier, from an assessment answer or recorded by the CISO.</summary>
/// <param name="QuestionId">The questionnaire question it came from, or null when recorded by hand.</param>
public sealed record SupplierFinding(string Id, Severity Severity, string Text, FindingState State, DateOnly OpenedOn, string? QuestionId = null)
{
    public bool IsOpenHigh => State == FindingState.Open && Severity == Severity.High;
}

/// <summary>How fast a finding is followed up: the follow-up task's due date.</summary>
public static class FindingFollowUp
{
    public static int DaysToFix(Severity severity) => severity switch
    {
        Severity.High => 30,
        Severity.Medium => 90,
        _ => 180,
    };

    public static DateOnly DueOn(Severity severity, DateOnly openedOn) => openedOn.AddDays(DaysToFix(severity));

    /// <summary>One level lower, floored at Low.</summary>
    public static Severity Lower(Severity severity) => severity == Severity.Low ? Severity.Low : severity - 1;
}
