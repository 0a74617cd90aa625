using System.Globalization;

namespace M365Nis2.Domain.Risks;

/// <summary>One field that changed between two versions of a risk, as text for the history.</summary>
public sealed record FieldChange(string Field, string Before, string After);

/// <summary>The history of a risk shows what changed in each version; this computes it.</summary>
public static class RiskChanges
{
    public static IReadOnlyList<FieldChange> Between(Risk before, Risk after)
    {
        var changes = new List<FieldChange>();
        void Compare(string field, string a, string b)
        {
            if (!string.Equals(a, b, StringComparison.Ordinal))
                changes.Add(new(field, a, b));
        }

        Compare("title", before.Title, after.Title);
        Compare("scenario", before.Scenario, after.Scenario);
        Compare("threat", before.Threat, after.Threat);
        Compare("vulnerability", before.Vulnerability, after.Vulnerability);
        Compare("assets", Set(before.AssetIds), Set(after.AssetIds));
        Compare("inherent", Rating(before.Inherent), Rating(after.Inherent));
        Compare("residual", Rating(before.Residual), Rating(after.Residual));
        Compare("treatment", before.Treatment.ToString(), after.Treatment.ToString());
        Compare("plannedMeasures", string.Join("; ", before.PlannedMeasures), string.Join("; ", after.PlannedMeasures));
        Compare("owner", before.Owner.DisplayName, after.Owner.DisplayName);
        Compare("measures", Set(before.Measures), Set(after.Measures));
        Compare("annexA", Set(before.AnnexA), Set(after.AnnexA));
        Compare("reviewDate", before.ReviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), after.ReviewDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return changes;
    }

    private static string Set(IEnumerable<string> values) => string.Join(", ", values.Order(StringComparer.Ordinal));

    private static string Rating(RiskRating? rating) => rating is null ? "" : string.Create(CultureInfo.InvariantCulture,
        $"L{rating.Likelihood} × I{rating.Impact} = {rating.Score}");
}
