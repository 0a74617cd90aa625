using M365Nis2.Domain.Risks;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Risks;

/// <summary>Body of POST /api/risks and PUT /api/risks/{id} (a PUT replaces every field).</summary>
/// <param name="Owner">The risk owner's UPN (or Entra object id).</param>
/// <param name="ReviewDate">Defaults to today + the method's review period.</param>
public sealed record RiskInput(
    string? Title,
    string? Scenario,
    string? Threat,
    string? Vulnerability,
    IReadOnlyList<string>? AssetIds,
    int? Likelihood,
    int? Impact,
    int? ResidualLikelihood,
    int? ResidualImpact,
    string? Treatment,
    IReadOnlyList<string>? PlannedMeasures,
    string? Owner,
    IReadOnlyList<string>? Measures,
    IReadOnlyList<string>? AnnexA,
    DateOnly? ReviewDate);

/// <summary>Body of POST /api/risks/{id}/acceptance.</summary>
/// <param name="DueAt">The board's deadline; default Risks:DecisionDays from now.</param>
public sealed record AcceptanceInput(string? Justification, IReadOnlyList<string>? Conditions, DateOnly? ExpiresOn, DateTimeOffset? DueAt);

public static class RiskInputMapping
{
    /// <summary>The domain risk, or the problems that stop the input before the domain rules even apply.</summary>
    public static (Risk? Risk, IReadOnlyList<CodedText> Problems) ToRisk(string id, RiskInput input, Person? owner, DateOnly defaultReview)
    {
        var problems = new List<CodedText>();
        if (input.Likelihood is null || input.Impact is null)
            problems.Add(RiskInputTexts.RatingRequired.With());
        if (input.ResidualLikelihood is null != input.ResidualImpact is null)
            problems.Add(RiskInputTexts.ResidualPair.With());
        Treatment treatment = default;
        if (!Enum.TryParse(input.Treatment, ignoreCase: true, out treatment) || !Enum.IsDefined(treatment) || int.TryParse(input.Treatment, out _))
            problems.Add(RiskInputTexts.TreatmentInvalid.With());
        if (owner is null)
            problems.Add(RiskInputTexts.OwnerUnknown.With(input.Owner));
        if (problems.Count > 0)
            return (null, problems);

        var residual = input.ResidualLikelihood is { } rl && input.ResidualImpact is { } ri ? new RiskRating(rl, ri) : null;
        return (new Risk(id, Trim(input.Title), Trim(input.Scenario), Trim(input.Threat), Trim(input.Vulnerability),
            Clean(input.AssetIds), new(input.Likelihood!.Value, input.Impact!.Value), residual, treatment, Clean(input.PlannedMeasures, keepOrder: true),
            owner!, Clean(input.Measures), Clean(input.AnnexA), input.ReviewDate ?? defaultReview), []);
    }

    private static string Trim(string? text) => text?.Trim() ?? "";

    private static List<string> Clean(IReadOnlyList<string>? items, bool keepOrder = false)
    {
        var list = (items ?? []).Select(i => i?.Trim() ?? "").Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase);
        return keepOrder ? [.. list] : [.. list.Order(StringComparer.Ordinal)];
    }
}
