namespace M365Nis2.Domain.Evidence.Hygiene;

/// <summary>Thresholds of the Entra hygiene rules.</summary>
/// <param name="InactiveAfterDays">An enabled account without a sign-in for this long is inactive (accounts younger than this are not judged).</param>
/// <param name="InactiveMetPercent">Share of enabled members that are inactive at or below which the check is Met.</param>
/// <param name="InactivePartialPercent">At or below this (above Met): PartiallyMet; above: NotMet.</param>
/// <param name="GuestInactiveAfterDays">An enabled guest without a sign-in for this long should be removed.</param>
/// <param name="ReviewMaxAgeDays">At least one access review must have completed within this period.</param>
/// <param name="AuditDays">How far back role and Conditional Access changes are read.</param>
/// <param name="NamedLimit">How many accounts or changes a finding names (names are shown to the CISO and the board only).</param>
public sealed record HygieneRuleOptions(
    int InactiveAfterDays = 90,
    decimal InactiveMetPercent = 2m,
    decimal InactivePartialPercent = 5m,
    int GuestInactiveAfterDays = 90,
    int ReviewMaxAgeDays = 365,
    int AuditDays = 30,
    int NamedLimit = 50)
{
    public static HygieneRuleOptions Default { get; } = new();

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (InactiveAfterDays < 1 || GuestInactiveAfterDays < 1 || ReviewMaxAgeDays < 1)
            errors.Add("Entra hygiene periods (InactiveAfterDays, GuestInactiveAfterDays, ReviewMaxAgeDays) must be at least 1 day.");
        if (AuditDays is < 1 or > 30)
            errors.Add("Entra hygiene AuditDays must be between 1 and 30 (Entra keeps audit logs 30 days with P1/P2).");
        if (InactiveMetPercent < 0 || InactivePartialPercent < InactiveMetPercent || InactivePartialPercent > 100)
            errors.Add("Entra hygiene inactive thresholds must satisfy 0 <= InactiveMetPercent <= InactivePartialPercent <= 100.");
        if (NamedLimit < 1)
            errors.Add("Entra hygiene NamedLimit must be at least 1.");
        return errors;
    }
}
