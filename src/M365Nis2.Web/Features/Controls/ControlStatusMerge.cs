using System.Text.Json;
using System.Text.Json.Nodes;

namespace M365Nis2.Web.Features.Controls;

/// <summary>
/// When several features judge one control (Art. 21(2)(a): the policy register and the risk register; (b): the incident
/// register and Defender; (j): MFA and Secure Score), the overview shows one status:
/// <list type="number">
/// <item>Providers without evidence yet stand aside (unless none has any).</item>
/// <item>A NotMet read in the tenant (<see cref="ControlStatus.FromTenant"/>) stays NotMet: no register, record or
/// document lifts what the tenant shows (the stated rule of docs/evidence-sources.md).</item>
/// <item>All alike → that status; "documented by upload" counts as agreeing with Met.</item>
/// <item>Any Met or PartiallyMet among differing ones → PartiallyMet (part of the measure is shown, part is not, or
/// part could not be judged: never Met beside an Unknown).</item>
/// <item>Otherwise NotMet before Unknown.</item>
/// </list>
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
        var tenantNotMet = basis.Where(s => s.FromTenant && s.Status == ControlStatuses.NotMet).ToList();
        string status;
        if (tenantNotMet.Count > 0)
        {
            status = ControlStatuses.NotMet;
            basis = [.. tenantNotMet, .. basis.Except(tenantNotMet)];
        }
        else
        {
            var distinct = basis.Select(s => s.Status).Distinct().ToList();
            var agreeing = distinct.Count == 2 && distinct.Contains(ControlStatuses.Met) && distinct.Contains(ControlStatuses.Documented);
            status = distinct.Count == 1 ? distinct[0]
                : agreeing ? ControlStatuses.Met
                : distinct.Any(s => s is ControlStatuses.Met or ControlStatuses.PartiallyMet or ControlStatuses.Documented) ? ControlStatuses.PartiallyMet
                : distinct.Contains(ControlStatuses.NotMet) ? ControlStatuses.NotMet
                : ControlStatuses.Unknown;
        }
        var summary = Join(basis.Select(s => s.Summary));
        var summaryDa = Join(basis.Select(s => s.SummaryDa ?? s.Summary)); // a provider without Danish keeps its English line
        return new(status, basis.Max(s => s.LastEvidenceAt), statuses.Any(s => s.IsDemo), summary, basis.Any(s => s.FromTenant), summaryDa);
    }

    private static string? Join(IEnumerable<string?> lines)
    {
        var joined = string.Join(" · ", lines.Where(s => !string.IsNullOrWhiteSpace(s)));
        return joined.Length == 0 ? null : joined;
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
