namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>The Art. 21(2)(j) MFA evaluation: each check, the overall outcome, and why.</summary>
/// <param name="ControlId">The catalogue control this evidences (<c>art21.2.j</c>).</param>
/// <param name="Reasons">One line per check explaining how the overall outcome was reached.</param>
/// <param name="Advisories">Advice that does not change any outcome (e.g. weak methods enabled).</param>
public sealed record MfaEvaluation(
    string ControlId,
    Outcome Overall,
    IReadOnlyList<string> Reasons,
    CheckResult Registration,
    CheckResult Enforcement,
    CheckResult AdminProtection,
    CheckResult LegacyAuthentication,
    IReadOnlyList<Finding> Advisories)
{
    public IReadOnlyList<CheckResult> Checks => [Registration, Enforcement, AdminProtection, LegacyAuthentication];
}
