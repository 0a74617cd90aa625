using M365Nis2.Domain.Catalogue;

namespace M365Nis2.Domain.Risks;

/// <summary>Checks a risk before it is saved.</summary>
public static class RiskRules
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 2000;
    public const int MaxPlannedMeasures = 20;

    /// <summary>Every problem with the risk; empty when it may be saved.</summary>
    public static IReadOnlyList<string> Validate(Risk risk, RiskMethod method, IReadOnlySet<string> assetIds, Nis2Catalogue catalogue, DateOnly today)
    {
        var problems = new List<string>();
        Text("title", risk.Title, MaxTitleLength, problems);
        Text("scenario", risk.Scenario, MaxTextLength, problems);
        Text("threat", risk.Threat, MaxTextLength, problems);
        Text("vulnerability", risk.Vulnerability, MaxTextLength, problems);

        foreach (var asset in risk.AssetIds.Where(a => !assetIds.Contains(a)))
            problems.Add($"Asset {asset} is not in the asset register.");
        if (!method.InScale(risk.Inherent))
            problems.Add($"Likelihood and impact before treatment must be 1–{method.Likelihood.Count} and 1–{method.Impact.Count}.");
        if (risk.Residual is { } residual)
        {
            if (!method.InScale(residual))
                problems.Add($"Likelihood and impact after treatment must be 1–{method.Likelihood.Count} and 1–{method.Impact.Count}.");
            else if (residual.Score > risk.Inherent.Score)
                problems.Add("The score after treatment cannot be higher than before it.");
        }

        if (risk.Treatment != Treatment.Accept && risk.PlannedMeasures.Count == 0)
            problems.Add($"A {risk.Treatment.ToString().ToLowerInvariant()} treatment needs at least one planned measure.");
        if (risk.PlannedMeasures.Count > MaxPlannedMeasures)
            problems.Add($"At most {MaxPlannedMeasures} planned measures.");
        if (risk.PlannedMeasures.Any(m => string.IsNullOrWhiteSpace(m) || m.Length > MaxTitleLength))
            problems.Add($"Each planned measure needs 1–{MaxTitleLength} characters.");
        if (string.IsNullOrWhiteSpace(risk.Owner.ObjectId))
            problems.Add("A risk owner is required.");

        foreach (var measure in risk.Measures.Where(m => catalogue.Find(m) is not { Kind: ControlKind.Measure }))
            problems.Add($"{measure} is not an Art. 21(2) measure.");
        foreach (var control in risk.AnnexA.Where(c => AnnexA.Find(c) is null))
            problems.Add($"{control} is not an ISO/IEC 27001:2022 Annex A control.");

        if (risk.ReviewDate < today)
            problems.Add("The review date is in the past.");
        else if (risk.ReviewDate > today.AddMonths(method.ReviewPeriodMonths))
            problems.Add($"The review date may be at most {method.ReviewPeriodMonths} months ahead (the method's review period).");
        return problems;
    }

    private static void Text(string name, string value, int max, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
            problems.Add($"A {name} is required.");
        else if (value.Length > max)
            problems.Add($"The {name} is longer than {max} characters.");
    }
}
