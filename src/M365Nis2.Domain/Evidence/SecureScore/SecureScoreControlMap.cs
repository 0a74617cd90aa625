namespace M365Nis2.Domain.Evidence.SecureScore;

/// <summary>
/// Which Art. 21(2) measure a Secure Score improvement action speaks to: (e) maintenance and vulnerability handling,
/// (h) cryptography, (i) access control and assets, (j) authentication. Well-known control names first, then words in
/// the name or title, then the control's category (Identity → i, Data → h, Device/Apps/Infrastructure → e).
/// Options can override any control by name.
/// </summary>
public static class SecureScoreControlMap
{
    public static readonly IReadOnlyList<string> MappedMeasures =
        [Measures.SecureMaintenance, Measures.Cryptography, Measures.AccessAndAssets, Measures.Authentication];

    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["AdminMFAV2"] = Measures.Authentication,
        ["MFARegistrationV2"] = Measures.Authentication,
        ["BlockLegacyAuthentication"] = Measures.Authentication,
        ["SigninRiskPolicy"] = Measures.Authentication,
        ["UserRiskPolicy"] = Measures.Authentication,
        ["PWAgePolicyNew"] = Measures.AccessAndAssets,
        ["SelfServicePasswordReset"] = Measures.AccessAndAssets,
        ["OneAdmin"] = Measures.AccessAndAssets,
        ["RoleOverlap"] = Measures.AccessAndAssets,
        ["IntegratedApps"] = Measures.AccessAndAssets,
        ["aad_admin_consent_workflow"] = Measures.AccessAndAssets,
        ["aad_limited_administrative_roles"] = Measures.AccessAndAssets,
        ["aad_third_party_apps"] = Measures.AccessAndAssets,
        ["aad_password_protection"] = Measures.AccessAndAssets,
    };

    private static readonly (string Word, string Measure)[] Words =
    [
        ("mfa", Measures.Authentication), ("multifactor", Measures.Authentication), ("multi-factor", Measures.Authentication),
        ("authenticat", Measures.Authentication), ("phishing-resistant", Measures.Authentication),
        ("encrypt", Measures.Cryptography), ("bitlocker", Measures.Cryptography), ("filevault", Measures.Cryptography),
        ("tls", Measures.Cryptography), ("sensitivity label", Measures.Cryptography), ("rights management", Measures.Cryptography),
        ("update", Measures.SecureMaintenance), ("patch", Measures.SecureMaintenance), ("vulnerab", Measures.SecureMaintenance),
        ("exploit", Measures.SecureMaintenance), ("attack surface", Measures.SecureMaintenance), ("antivirus", Measures.SecureMaintenance),
        ("malware", Measures.SecureMaintenance),
        ("admin", Measures.AccessAndAssets), ("role", Measures.AccessAndAssets), ("guest", Measures.AccessAndAssets),
        ("consent", Measures.AccessAndAssets), ("password", Measures.AccessAndAssets), ("access", Measures.AccessAndAssets),
        ("device", Measures.AccessAndAssets),
    ];

    /// <summary>The measure a control speaks to, or null when it speaks to none of (e), (h), (i), (j).</summary>
    public static string? MeasureFor(string controlName, string? title, string? category, IReadOnlyDictionary<string, string>? overrides = null)
    {
        if (overrides is not null && overrides.TryGetValue(controlName, out var configured))
            return configured;
        if (Known.TryGetValue(controlName, out var known))
            return known;
        var text = $"{controlName} {title}".ToLowerInvariant();
        foreach (var (word, measure) in Words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
                return measure;
        }
        return category?.ToLowerInvariant() switch
        {
            "identity" => Measures.AccessAndAssets,
            "data" => Measures.Cryptography,
            "device" or "apps" or "infrastructure" => Measures.SecureMaintenance,
            _ => null,
        };
    }
}
