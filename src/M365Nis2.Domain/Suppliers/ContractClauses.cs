namespace M365Nis2.Domain.Suppliers;

/// <summary>A security clause a supplier contract should hold.</summary>
/// <param name="UpToTier">Required for this tier and more critical ones.</param>
public sealed record ContractClause(string Id, SupplierTier UpToTier, string English, string Danish)
{
    public bool RequiredFor(SupplierTier tier) => (int)tier <= (int)UpToTier;
}

/// <summary>The security clauses checklist (ISO/IEC 27001:2022 A.5.20), proportionate to the tier.</summary>
public static class ContractClauses
{
    public static IReadOnlyList<ContractClause> All { get; } =
    [
        new("confidentiality", SupplierTier.Tier3, "Confidentiality", "Fortrolighed"),
        new("incident-notification", SupplierTier.Tier3, "Incident notification with a deadline", "Underretning om hændelser med frist"),
        new("data-processing", SupplierTier.Tier2, "Data processing agreement (GDPR Art. 28)", "Databehandleraftale (GDPR art. 28)"),
        new("security-requirements", SupplierTier.Tier2, "Security requirements annex", "Bilag med sikkerhedskrav"),
        new("subcontractors", SupplierTier.Tier2, "Approval of subcontractors", "Godkendelse af underleverandører"),
        new("audit-right", SupplierTier.Tier1, "Right to audit or to independent audit reports", "Ret til audit eller uafhængige revisionserklæringer"),
        new("service-levels", SupplierTier.Tier1, "Service levels and availability", "Serviceniveauer og tilgængelighed"),
        new("exit", SupplierTier.Tier1, "Exit, data return and deletion", "Exit, tilbagelevering og sletning af data"),
    ];

    public static bool IsKnown(string id) => All.Any(c => c.Id == id);

    /// <summary>The clauses required for the tier that the contract does not hold, in checklist order.</summary>
    public static IReadOnlyList<ContractClause> Missing(SupplierTier tier, IReadOnlyCollection<string> present) =>
        [.. All.Where(c => c.RequiredFor(tier) && !present.Contains(c.Id))];
}
