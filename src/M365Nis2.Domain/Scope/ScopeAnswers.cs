namespace M365Nis2.Domain.Scope;

/// <summary>What the competent authority has decided about the entity, if anything (Art. 2(2)(b)–(e), 3(1)(e), 3(2)).</summary>
public enum AuthorityDesignation
{
    None = 0,
    Essential,
    Important,
}

/// <summary>
/// The answers of the scope check. The four indicators of Art. 2(2)(b)–(e) do not bring an entity into scope by
/// themselves — the authority has to identify it — but they are asked so the result can say when to expect that.
/// </summary>
public sealed record ScopeAnswers(
    IReadOnlyList<string> EntityTypeIds,
    SizeFigures Size,
    bool ProvidesServicesInEu = true,
    bool IsCriticalEntityUnderCer = false,
    AuthorityDesignation Designation = AuthorityDesignation.None,
    bool SoleProviderOfEssentialService = false,
    bool DisruptionAffectsPublicSafetyOrHealth = false,
    bool DisruptionInducesSystemicRisk = false,
    bool NationalOrRegionalImportance = false)
{
    public bool AnySizeIndependentIndicator =>
        SoleProviderOfEssentialService || DisruptionAffectsPublicSafetyOrHealth || DisruptionInducesSystemicRisk || NationalOrRegionalImportance;
}
