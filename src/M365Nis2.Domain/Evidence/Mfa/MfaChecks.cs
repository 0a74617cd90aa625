namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>Stable keys of the Art. 21(2)(j) MFA checks, stored with every evaluation.</summary>
public static class MfaChecks
{
    public const string Registration = "mfa.registration";
    public const string Enforcement = "mfa.enforcement";
    public const string AdminProtection = "mfa.admin-protection";
    public const string LegacyAuthentication = "mfa.legacy-authentication";
}
