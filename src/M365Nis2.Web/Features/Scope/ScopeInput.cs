using M365Nis2.Domain.Scope;

namespace M365Nis2.Web.Features.Scope;

/// <summary>The scope form as JSON. Numbers are required; the yes/no questions default to "no".</summary>
public sealed record ScopeInput(
    IReadOnlyList<string>? EntityTypeIds,
    int? Staff,
    decimal? AnnualTurnoverEur,
    decimal? BalanceSheetTotalEur,
    bool HasPartnerOrLinkedEnterprises = false,
    bool PartnerOrLinkedIncluded = false,
    bool ProvidesServicesInEu = true,
    bool IsCriticalEntityUnderCer = false,
    string? Designation = null,
    bool SoleProviderOfEssentialService = false,
    bool DisruptionAffectsPublicSafetyOrHealth = false,
    bool DisruptionInducesSystemicRisk = false,
    bool NationalOrRegionalImportance = false)
{
    /// <summary>The domain answers, or the problems with the input keyed by field (for a 400 naming each field).</summary>
    public (ScopeAnswers? Answers, Dictionary<string, string[]> Errors) ToAnswers(ScopeCatalogue catalogue)
    {
        var errors = new Dictionary<string, string[]>();
        if (Staff is null or < 0) errors["staff"] = ["Staff (annual work units) is required and cannot be negative."];
        if (AnnualTurnoverEur is null or < 0) errors["annualTurnoverEur"] = ["Annual turnover in EUR is required and cannot be negative."];
        if (BalanceSheetTotalEur is null or < 0) errors["balanceSheetTotalEur"] = ["Balance sheet total in EUR is required and cannot be negative."];
        var unknown = (EntityTypeIds ?? []).Where(id => catalogue.Find(id) is null).ToList();
        if (unknown.Count > 0) errors["entityTypeIds"] = [$"Unknown activity: {string.Join(", ", unknown)}."];
        AuthorityDesignation designation = AuthorityDesignation.None;
        if (Designation is not (null or "" or "none" or "essential" or "important"))
            errors["designation"] = ["Designation must be none, essential or important."];
        else
            designation = Designation switch { "essential" => AuthorityDesignation.Essential, "important" => AuthorityDesignation.Important, _ => AuthorityDesignation.None };
        if (errors.Count > 0) return (null, errors);
        var size = new SizeFigures(Staff!.Value, AnnualTurnoverEur!.Value, BalanceSheetTotalEur!.Value, HasPartnerOrLinkedEnterprises, PartnerOrLinkedIncluded);
        return (new ScopeAnswers(EntityTypeIds ?? [], size, ProvidesServicesInEu, IsCriticalEntityUnderCer, designation,
            SoleProviderOfEssentialService, DisruptionAffectsPublicSafetyOrHealth, DisruptionInducesSystemicRisk, NationalOrRegionalImportance), errors);
    }
}
