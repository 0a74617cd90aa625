namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>Thresholds and tenant facts the MFA rules use. Defaults follow the design's Art. 21(2)(j) section.</summary>
/// <param name="MemberRegistrationMetPercent">Share of enabled members registered for MFA at or above which registration is Met.</param>
/// <param name="MemberRegistrationPartialPercent">At or above this (and below Met) registration is PartiallyMet; below, NotMet.</param>
/// <param name="BreakGlassAccounts">Object ids or UPNs of emergency-access accounts that may be excluded from CA policies.</param>
/// <param name="PrivilegedRoleTemplateIds">Role template ids whose holders count as admins; null means <see cref="PrivilegedRoles.Default"/>.</param>
/// <param name="NamedOffenderLimit">How many users a finding names before it only counts, so memory stays bounded.</param>
public sealed record MfaRuleOptions(
    decimal MemberRegistrationMetPercent = 95m,
    decimal MemberRegistrationPartialPercent = 80m,
    IReadOnlyList<string>? BreakGlassAccounts = null,
    IReadOnlyList<string>? PrivilegedRoleTemplateIds = null,
    int NamedOffenderLimit = 50)
{
    public static MfaRuleOptions Default { get; } = new();

    public IReadOnlyList<string> PrivilegedRoleIds => PrivilegedRoleTemplateIds ?? PrivilegedRoles.Default;

    public bool IsBreakGlass(string idOrUpn) =>
        BreakGlassAccounts is not null && BreakGlassAccounts.Contains(idOrUpn, StringComparer.OrdinalIgnoreCase);

    public bool IsPrivilegedRole(string templateId) => PrivilegedRoleIds.Contains(templateId, StringComparer.OrdinalIgnoreCase);

    /// <summary>Problems that make the options unusable; empty when valid. The Web host calls this on start.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (MemberRegistrationMetPercent is < 0 or > 100)
            errors.Add($"{nameof(MemberRegistrationMetPercent)} must be between 0 and 100.");
        if (MemberRegistrationPartialPercent < 0 || MemberRegistrationPartialPercent > MemberRegistrationMetPercent)
            errors.Add($"{nameof(MemberRegistrationPartialPercent)} must be between 0 and {nameof(MemberRegistrationMetPercent)}.");
        if (NamedOffenderLimit < 1)
            errors.Add($"{nameof(NamedOffenderLimit)} must be at least 1.");
        return errors;
    }
}
