using System.Text.Json;
using System.Text.Json.Nodes;

namespace M365Nis2.Web.Features.Controls;

/// <summary>
/// When several features judge one control (Art. 21(2)(a): the policy register and the risk register), the overview
/// shows one status: providers without evidence yet stand aside; all alike → that status; any Met or PartiallyMet
/// among differing ones → PartiallyMet (part of the measure is shown, part is not); otherwise NotMet before Unknown.
/// </summary>
public static class ControlStatusMerge
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ControlStatus Combine(IReadOnlyList<ControlStatus> statuses)
    {
        if (statuses.Count == 1)
            return statuses[0];
        var judged = statuses.Where(s => s.Status is not (ControlStatuses.NoEvidenceYet or ControlStatuses.NoAutomatedEvidence)).ToList();
        var basis = judged.Count > 0 ? judged : statuses;
        var distinct = basis.Select(s => s.Status).Distinct().ToList();
        var status = distinct.Count == 1 ? distinct[0]
            : distinct.Any(s => s is ControlStatuses.Met or ControlStatuses.PartiallyMet) ? ControlStatuses.PartiallyMet
            : distinct.Contains(ControlStatuses.NotMet) ? ControlStatuses.NotMet
            : ControlStatuses.Unknown;
        var summary = string.Join(" · ", basis.Select(s => s.Summary).Where(s => !string.IsNullOrWhiteSpace(s)));
        return new(status, basis.Max(s => s.LastEvidenceAt), statuses.Any(s => s.IsDemo), summary.Length == 0 ? null : summary);
    }

    /// <summary>The details as one JSON object: each provider's properties side by side (the first wins a clash).</summary>
    public static object? CombineDetails(IReadOnlyList<object?> details)
    {
        var present = details.Where(d => d is not null).ToList();
        if (present.Count <= 1)
            return present.FirstOrDefault();
        var merged = new JsonObject();
        foreach (var detail in present)
        {
            if (JsonSerializer.SerializeToNode(detail, Json) is not JsonObject obj)
                continue;
            foreach (var (key, value) in obj.ToList())
            {
                if (!merged.ContainsKey(key))
                {
                    obj.Remove(key);
                    merged[key] = value;
                }
            }
        }
        return merged;
    }
}
