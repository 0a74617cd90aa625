namespace M365Nis2.Domain.Suppliers;

/// <summary>Criticality of a supplier: tier 1 is critical, tier 3 is low. Demands on the supplier are proportionate to it.</summary>
public enum SupplierTier
{
    Tier1 = 1,
    Tier2 = 2,
    Tier3 = 3,
}

/// <summary>What a supplier delivers. Keys (<see cref="SupplierVocabulary"/>) are used in CSV files and the API.</summary>
public enum ServiceKind
{
    ManagedIt = 0,
    ManagedSecurity,
    CloudHosting,
    Saas,
    SoftwareDevelopment,
    Network,
    Payment,
    Hardware,
    Consulting,
    Facilities,
    Other,
}

/// <summary>The most sensitive data a supplier can see or hold.</summary>
public enum DataKind
{
    None = 0,
    Internal,
    Confidential,
    Personal,
    /// <summary>GDPR Art. 9 special categories, or data of comparable sensitivity.</summary>
    SensitivePersonal,
    /// <summary>Passwords, keys, tokens or other secrets that open our systems.</summary>
    Credentials,
}

/// <summary>The highest access a supplier has to our systems (the tenant, servers, networks, operational technology).</summary>
public enum SystemAccess
{
    None = 0,
    UserLevel,
    Privileged,
}

/// <summary>The facts the tier suggestion is computed from.</summary>
/// <param name="SoleProvider">The supplier is the only provider of something a critical service of ours depends on.</param>
public sealed record SupplierProfile(
    IReadOnlyCollection<ServiceKind> Services,
    IReadOnlyCollection<DataKind> Data,
    SystemAccess Access,
    bool SoleProvider = false);
