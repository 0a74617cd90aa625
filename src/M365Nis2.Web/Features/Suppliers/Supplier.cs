using System.Text.Json;
using System.Text.Json.Serialization;
using M365Nis2.Domain.Suppliers;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>The internal owner: the Entra user who answers the assessments and follows the supplier up.</summary>
public sealed record SupplierOwner(string ObjectId, string DisplayName, string Upn);

/// <summary>A supplier in the register, as stored (one JSON document per row, versioned by the row's ETag).</summary>
/// <param name="AppIds">Service principal ids of the supplier's apps found in the tenant.</param>
/// <param name="Active">False when the relationship has ended; ended suppliers leave the (d) rule but stay in history.</param>
public sealed record Supplier(
    string Id,
    string Name,
    string? VatNumber,
    string Country,
    IReadOnlyList<ServiceKind> Services,
    IReadOnlyList<DataKind> Data,
    SystemAccess Access,
    bool SoleProvider,
    SupplierTier Tier,
    bool TierDecided,
    TierSuggestion Suggestion,
    SupplierOwner? Owner,
    DateOnly? ContractStart,
    DateOnly? ContractEnd,
    IReadOnlyList<string> Clauses,
    IReadOnlyList<string> Systems,
    IReadOnlyList<SupplierCertificate> Certificates,
    IReadOnlyList<string> AssetIds,
    IReadOnlyList<string> RiskIds,
    IReadOnlyList<string> AppIds,
    IReadOnlyList<SupplierFinding> Findings,
    DateOnly RegisteredOn,
    DateOnly? LastAssessedOn,
    bool Active,
    DateTimeOffset UpdatedAt,
    string UpdatedBy)
{
    public SupplierStanding Standing() => new(Id, Name, Tier, RegisteredOn, LastAssessedOn, Findings, Certificates);

    public static Supplier FromDraft(string id, SupplierDraft d, SupplierOwner? owner, DateOnly today, DateTimeOffset now, string actor) =>
        new(id, d.Name, d.VatNumber, d.Country, d.Services, d.Data, d.Access, d.SoleProvider, d.Tier, d.TierDecided, d.Suggestion, owner,
            d.ContractStart, d.ContractEnd, d.Clauses, d.Systems, [], [], [], [], [], today, null, true, now, actor);
}

/// <summary>One JSON shape for stored rows and signed artefacts: camelCase, enums by name.</summary>
public static class SupplierJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}
