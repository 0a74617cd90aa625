namespace M365Nis2.Domain.Suppliers;

/// <summary>A suggested tier with every rule that fired (codes the tab translates, e.g. <c>privileged-access</c>).</summary>
public sealed record TierSuggestion(SupplierTier Tier, IReadOnlyList<string> Reasons);

/// <summary>
/// Rule-based tier suggestion; the CISO decides. Tier 1 when a failure or compromise of the supplier could directly
/// compromise us: privileged access, managed IT or security services (they run our systems), secrets or sensitive personal
/// data, hosting of confidential data, or a sole provider of something critical. Tier 2 when it holds personal or
/// confidential data, has user-level access, or delivers a digital service we run on. Tier 3 otherwise.
/// </summary>
public static class TierRules
{
    /// <summary>Every reason code <see cref="Suggest"/> gives; the tab has a label for each in both languages.</summary>
    public static readonly IReadOnlyList<string> ReasonCodes =
    [
        "privileged-access", "managed-it", "managed-security", "credentials", "sensitive-personal-data", "hosts-confidential-data",
        "sole-provider", "user-access", "personal-data", "confidential-data", "digital-service", "low-exposure",
    ];

    public static TierSuggestion Suggest(SupplierProfile profile)
    {
        var tier1 = new List<string>();
        if (profile.Access == SystemAccess.Privileged) tier1.Add("privileged-access");
        if (profile.Services.Contains(ServiceKind.ManagedIt)) tier1.Add("managed-it");
        if (profile.Services.Contains(ServiceKind.ManagedSecurity)) tier1.Add("managed-security");
        if (profile.Data.Contains(DataKind.Credentials)) tier1.Add("credentials");
        if (profile.Data.Contains(DataKind.SensitivePersonal)) tier1.Add("sensitive-personal-data");
        if (profile.Services.Contains(ServiceKind.CloudHosting) && profile.Data.Contains(DataKind.Confidential)) tier1.Add("hosts-confidential-data");
        if (profile.SoleProvider) tier1.Add("sole-provider");
        if (tier1.Count > 0)
            return new(SupplierTier.Tier1, tier1);

        var tier2 = new List<string>();
        if (profile.Access == SystemAccess.UserLevel) tier2.Add("user-access");
        if (profile.Data.Contains(DataKind.Personal)) tier2.Add("personal-data");
        if (profile.Data.Contains(DataKind.Confidential)) tier2.Add("confidential-data");
        if (profile.Services.Any(s => s is ServiceKind.CloudHosting or ServiceKind.Saas or ServiceKind.SoftwareDevelopment
                or ServiceKind.Network or ServiceKind.Payment))
            tier2.Add("digital-service");
        return tier2.Count > 0 ? new(SupplierTier.Tier2, tier2) : new(SupplierTier.Tier3, ["low-exposure"]);
    }
}
