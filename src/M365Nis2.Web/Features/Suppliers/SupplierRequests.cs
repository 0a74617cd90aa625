using M365Nis2.Domain.Suppliers;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>Body of POST /api/suppliers and PUT /api/suppliers/{id}. Lists are the vocabulary keys (e.g. "managed-it").</summary>
/// <param name="Owner">The internal owner's UPN, resolved in Entra.</param>
/// <param name="AppIds">Service principal ids from the discovery queue this supplier owns.</param>
public sealed record SupplierRequest(
    string? Name,
    string? VatNumber,
    string? Country,
    IReadOnlyList<string>? Services,
    IReadOnlyList<string>? Data,
    string? Access,
    bool? SoleProvider,
    int? Tier,
    string? Owner,
    string? ContractStart,
    string? ContractEnd,
    IReadOnlyList<string>? Clauses,
    IReadOnlyList<string>? Systems,
    IReadOnlyList<CertificateRequest>? Certificates,
    IReadOnlyList<string>? AssetIds,
    IReadOnlyList<string>? RiskIds,
    IReadOnlyList<string>? AppIds,
    bool? Active)
{
    public SupplierInput ToInput() => new(Name, VatNumber, Country, Services ?? [], Data ?? [], Access, SoleProvider ?? false, Tier, Owner,
        ContractStart, ContractEnd, Clauses ?? [], Systems ?? []);
}

/// <summary>A certificate as typed: kind key (iso27001, soc2-type2, …), name, last valid day, scope.</summary>
public sealed record CertificateRequest(string? Kind, string? Name, string? ValidUntil, string? Scope);

/// <summary>Body of POST /api/suppliers/discovered/{id}/dismiss.</summary>
public sealed record DismissRequest(string? Reason);

/// <summary>Body of POST /api/suppliers/discovered/{id}/register: link the app to an existing supplier.</summary>
public sealed record LinkAppRequest(string? SupplierId);

/// <summary>Body of POST /api/suppliers/{id}/findings/{findingId}: close (resolved) or accept the risk, with a note.</summary>
public sealed record FindingUpdateRequest(string? State, string? Note);
