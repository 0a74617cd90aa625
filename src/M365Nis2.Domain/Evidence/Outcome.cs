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
/// <param name="Subjects">Named objects (e.g. "Ada Admin (ada@contoso.com)", "policy 'Require MFA' (id)"); may be a bounded sample.</param>
public sealed record Finding(FindingSeverity Severity, string Message, IReadOnlyList<string> Subjects)
{
    public Finding(FindingSeverity severity, string message)
        : this(severity, message, [])
    {
    }
}

/// <summary>The outcome of one check, with every reason shown.</summary>
/// <param name="Check">Stable key of the check, e.g. <c>mfa.registration</c>.</param>
public sealed record CheckResult(string Check, Outcome Outcome, IReadOnlyList<Finding> Findings);
