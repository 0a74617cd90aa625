namespace M365Nis2.Domain.Evidence.Mfa;

/// <summary>How strongly a policy's grant controls demand MFA.</summary>
internal enum MfaDemand
{
    /// <summary>No MFA control, or a block policy.</summary>
    None = 0,
    /// <summary>MFA (or an MFA authentication strength) is required on every sign-in the policy applies to.</summary>
    Required,
    /// <summary>MFA is one of several OR'd controls, so a user can satisfy the policy without MFA.</summary>
    Weakened,
}

/// <summary>Reads a policy's grant controls. Built-in strength ids are the same in every tenant (Graph authenticationStrengthPolicy).</summary>
internal sealed record MfaGrant(MfaDemand Demand, IReadOnlyList<string> Alternatives, bool PhishingResistant, bool StrengthUnverified)
{
    private const string BuiltInMfaStrength = "00000000-0000-0000-0000-000000000002";
    private const string BuiltInPasswordlessStrength = "00000000-0000-0000-0000-000000000003";
    private const string BuiltInPhishingResistantStrength = "00000000-0000-0000-0000-000000000004";

    private static readonly HashSet<string> PhishingResistantModes =
        new(["fido2", "windowsHelloForBusiness", "x509CertificateMultiFactor"], StringComparer.OrdinalIgnoreCase);

    // Single methods that are multi-factor on their own; any combination listing two methods ("password,sms") is too.
    private static readonly HashSet<string> SingleMethodMfaModes = new(
        ["fido2", "windowsHelloForBusiness", "x509CertificateMultiFactor", "deviceBasedPush",
         "temporaryAccessPassOneTime", "temporaryAccessPassMultiUse", "federatedMultiFactor"],
        StringComparer.OrdinalIgnoreCase);

    public static MfaGrant Read(PolicyGrant? grant)
    {
        if (grant is null || Has(grant.BuiltInControls, "block"))
            return new(MfaDemand.None, [], false, false);

        var strength = grant.AuthenticationStrength;
        var (strengthIsMfa, unverified) = strength is null ? (false, false) : StrengthIsMfa(strength);
        var hasMfa = Has(grant.BuiltInControls, "mfa") || strengthIsMfa;
        if (!hasMfa)
            return new(MfaDemand.None, [], false, false);

        var phishingResistant = strength is not null && IsPhishingResistant(strength);
        var alternatives = grant.BuiltInControls.Where(c => !c.Equals("mfa", StringComparison.OrdinalIgnoreCase)).ToList();

        // Decision: with OR, any other control (compliant device, approved app, …) lets a user in without MFA, so the
        // policy does not enforce MFA. With AND, extra controls only add to MFA.
        var demand = grant.Operator == GrantOperator.Or && alternatives.Count > 0 ? MfaDemand.Weakened : MfaDemand.Required;
        return new(demand, alternatives, phishingResistant, unverified);
    }

    private static (bool IsMfa, bool Unverified) StrengthIsMfa(AuthenticationStrength strength)
    {
        if (strength.RequirementsSatisfied is { } satisfied)
            return (satisfied.Equals("mfa", StringComparison.OrdinalIgnoreCase), false);
        if (strength.Id is BuiltInMfaStrength or BuiltInPasswordlessStrength or BuiltInPhishingResistantStrength)
            return (true, false);
        if (strength.AllowedCombinations.Count > 0)
            return (strength.AllowedCombinations.All(IsMultiFactorCombination), false);

        // A custom strength whose combinations were not collected: a strength exists to raise assurance, so count it,
        // but say it was not verified.
        return (true, true);
    }

    private static bool IsMultiFactorCombination(string combination) =>
        combination.Contains(',', StringComparison.Ordinal) || SingleMethodMfaModes.Contains(combination.Trim());

    private static bool IsPhishingResistant(AuthenticationStrength strength) =>
        strength.Id == BuiltInPhishingResistantStrength
        || (strength.AllowedCombinations.Count > 0 && strength.AllowedCombinations.All(c => PhishingResistantModes.Contains(c.Trim())));

    private static bool Has(IReadOnlyList<string> values, string value) =>
        values.Contains(value, StringComparer.OrdinalIgnoreCase);
}
