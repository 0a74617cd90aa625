namespace M365Nis2.Domain.Risks;

/// <summary>One cell of the heat map: how many risks sit at this likelihood and impact.</summary>
public sealed record HeatCell(int Likelihood, int Impact, int Score, RiskBand Band, bool AboveAppetite, IReadOnlyList<string> RiskIds);

public enum TreatmentStage
{
    BeforeTreatment = 0,
    AfterTreatment,
}

/// <summary>The register on the method's matrix, before or after treatment.</summary>
public static class HeatMap
{
    /// <summary>Every cell of the matrix (also the empty ones), likelihood high to low, impact low to high, as drawn.</summary>
    public static IReadOnlyList<HeatCell> Build(RiskMethod method, IEnumerable<Risk> risks, TreatmentStage stage)
    {
        var placed = risks.Select(r => (r.Id, Rating: stage == TreatmentStage.BeforeTreatment ? r.Inherent : r.Effective))
            .Where(r => method.InScale(r.Rating)).ToList();
        var cells = new List<HeatCell>();
        for (var likelihood = method.Likelihood.Count; likelihood >= 1; likelihood--)
        {
            for (var impact = 1; impact <= method.Impact.Count; impact++)
            {
                var rating = new RiskRating(likelihood, impact);
                var ids = placed.Where(p => p.Rating == rating).Select(p => p.Id).ToList();
                cells.Add(new(likelihood, impact, rating.Score, method.Band(rating.Score), method.IsAboveAppetite(rating), ids));
            }
        }
        return cells;
    }
}
