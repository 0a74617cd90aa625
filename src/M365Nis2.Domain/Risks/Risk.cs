namespace M365Nis2.Domain.Risks;

/// <summary>How a risk is treated (ISO/IEC 27005).</summary>
public enum Treatment
{
    Mitigate = 0,
    Accept,
    Transfer,
    Avoid,
}

/// <summary>A person by Entra object id (risk owner, asset owner, requester).</summary>
public sealed record Person(string ObjectId, string DisplayName);

/// <summary>Likelihood and impact on the method's scales; the score is their product.</summary>
public sealed record RiskRating(int Likelihood, int Impact)
{
    public int Score => Likelihood * Impact;
}

/// <summary>
/// One risk in the register. <see cref="Inherent"/> is the rating before treatment, <see cref="Residual"/> the rating
/// expected after the planned treatment (null = not rated yet, so the inherent rating still stands).
/// </summary>
/// <param name="Measures">Art. 21(2) measures the risk relates to (catalogue ids, e.g. art21.2.c).</param>
/// <param name="AnnexA">ISO/IEC 27001:2022 Annex A controls, e.g. A.8.13.</param>
public sealed record Risk(
    string Id,
    string Title,
    string Scenario,
    string Threat,
    string Vulnerability,
    IReadOnlyList<string> AssetIds,
    RiskRating Inherent,
    RiskRating? Residual,
    Treatment Treatment,
    IReadOnlyList<string> PlannedMeasures,
    Person Owner,
    IReadOnlyList<string> Measures,
    IReadOnlyList<string> AnnexA,
    DateOnly ReviewDate)
{
    /// <summary>The rating that stands once the treatment is done: the residual if rated, else the inherent.</summary>
    public RiskRating Effective => Residual ?? Inherent;
}
