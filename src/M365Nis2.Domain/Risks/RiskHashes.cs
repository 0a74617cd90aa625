using System.Globalization;

namespace M365Nis2.Domain.Risks;

/// <summary>
/// The hashes decisions are bound to. A board acceptance is bound to <see cref="Risk(Risk, RiskMethod)"/>: what the risk
/// is, how big it is and how it is treated; a change to any of these asks for a new acceptance, as a changed policy asks
/// for a new vote. The title, the links to measures and controls and the review date are left out on purpose: editing
/// them does not change what the board accepted. The owner's approval of the treatment plan is bound to
/// <see cref="TreatmentPlan"/>.
/// </summary>
public static class RiskHashes
{
    public static string Risk(Risk risk, RiskMethod method) => Material(new CanonicalText("m365nis2-risk-v1"), risk)
        .Add("method", method.Version)
        .Sha256();

    public static string TreatmentPlan(Risk risk) => new CanonicalText("m365nis2-treatment-v1")
        .Add("risk", risk.Id)
        .Add("treatment", risk.Treatment.ToString())
        .AddEach("planned", risk.PlannedMeasures)
        .Add("residual", Rating(risk.Residual))
        .Add("owner", risk.Owner.ObjectId)
        .Sha256();

    public static string Method(RiskMethod method) => new CanonicalText("m365nis2-risk-method-v1")
        .Add("version", method.Version)
        .AddEach("likelihood", method.Likelihood.Select(Level))
        .AddEach("impact", method.Impact.Select(Level))
        .Add("appetite", method.AppetiteThreshold)
        .Add("review-months", method.ReviewPeriodMonths)
        .Add("max-acceptance-months", method.MaxAcceptanceMonths)
        .Sha256();

    private static CanonicalText Material(CanonicalText text, Risk risk) => text
        .Add("id", risk.Id)
        .Add("scenario", risk.Scenario)
        .Add("threat", risk.Threat)
        .Add("vulnerability", risk.Vulnerability)
        .AddSet("asset", risk.AssetIds)
        .Add("inherent", Rating(risk.Inherent))
        .Add("residual", Rating(risk.Residual))
        .Add("treatment", risk.Treatment.ToString())
        .AddEach("planned", risk.PlannedMeasures)
        .Add("owner", risk.Owner.ObjectId);

    private static string Rating(RiskRating? rating) =>
        rating is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{rating.Likelihood}x{rating.Impact}");

    private static string Level(ScaleLevel level) => string.Create(CultureInfo.InvariantCulture, $"{level.Value}|{level.En}|{level.Da}");
}
