using M365Nis2.Domain.Catalogue;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Risks;

/// <summary>Checks a risk before it is saved.</summary>
public static class RiskRules
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 2000;
    public const int MaxPlannedMeasures = 20;

    /// <summary>Every problem with the risk; empty when it may be saved.</summary>
    public static IReadOnlyList<CodedText> Validate(Risk risk, RiskMethod method, IReadOnlySet<string> assetIds, Nis2Catalogue catalogue, DateOnly today)
    {
        var problems = new List<CodedText>();
        Text(risk.Title, MaxTitleLength, RiskInputTexts.TitleRequired, RiskInputTexts.TitleTooLong, problems);
        Text(risk.Scenario, MaxTextLength, RiskInputTexts.ScenarioRequired, RiskInputTexts.ScenarioTooLong, problems);
        Text(risk.Threat, MaxTextLength, RiskInputTexts.ThreatRequired, RiskInputTexts.ThreatTooLong, problems);
        Text(risk.Vulnerability, MaxTextLength, RiskInputTexts.VulnerabilityRequired, RiskInputTexts.VulnerabilityTooLong, problems);

        foreach (var asset in risk.AssetIds.Where(a => !assetIds.Contains(a)))
            problems.Add(RiskInputTexts.AssetUnknown.With(asset));
        if (!method.InScale(risk.Inherent))
            problems.Add(RiskInputTexts.InherentOutOfScale.With(method.Likelihood.Count, method.Impact.Count));
        if (risk.Residual is { } residual)
        {
            if (!method.InScale(residual))
                problems.Add(RiskInputTexts.ResidualOutOfScale.With(method.Likelihood.Count, method.Impact.Count));
            else if (residual.Score > risk.Inherent.Score)
                problems.Add(RiskInputTexts.ResidualHigher.With());
        }

        if (risk.Treatment != Treatment.Accept && risk.PlannedMeasures.Count == 0)
            problems.Add(RiskInputTexts.MeasureNeeded.With(TreatmentWord(risk.Treatment)));
        if (risk.PlannedMeasures.Count > MaxPlannedMeasures)
            problems.Add(RiskInputTexts.TooManyPlanned.With(MaxPlannedMeasures));
        if (risk.PlannedMeasures.Any(m => string.IsNullOrWhiteSpace(m) || m.Length > MaxTitleLength))
            problems.Add(RiskInputTexts.PlannedLength.With(MaxTitleLength));
        if (string.IsNullOrWhiteSpace(risk.Owner.ObjectId))
            problems.Add(RiskInputTexts.OwnerRequired.With());

        foreach (var measure in risk.Measures.Where(m => catalogue.Find(m) is not { Kind: ControlKind.Measure }))
            problems.Add(RiskInputTexts.NotMeasure.With(measure));
        foreach (var control in risk.AnnexA.Where(c => AnnexA.Find(c) is null))
            problems.Add(RiskInputTexts.NotAnnexA.With(control));

        if (risk.ReviewDate < today)
            problems.Add(RiskInputTexts.ReviewPast.With());
        else if (risk.ReviewDate > today.AddMonths(method.ReviewPeriodMonths))
            problems.Add(RiskInputTexts.ReviewTooFar.With(method.ReviewPeriodMonths));
        return problems;
    }

    private static void Text(string value, int max, TextCode required, TextCode tooLong, List<CodedText> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
            problems.Add(required.With());
        else if (value.Length > max)
            problems.Add(tooLong.With(max));
    }

    /// <summary>The treatment's word: lower case in English (as the sentence always had it), the tab's label in Danish.</summary>
    private static CodedText TreatmentWord(Treatment treatment) => (treatment switch
    {
        Treatment.Accept => RiskInputTexts.TreatmentAccept,
        Treatment.Transfer => RiskInputTexts.TreatmentTransfer,
        Treatment.Avoid => RiskInputTexts.TreatmentAvoid,
        _ => RiskInputTexts.TreatmentMitigate,
    }).With();
}
