using Microsoft.Graph;
using Graph = Microsoft.Graph.Models;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>Best-effort name and id lookups that make findings readable; a failed lookup never fails a collection.</summary>
internal static class GraphNames
{
    private const int MaxNameLookups = 50;

    /// <summary>
    /// Names the users and groups CA policies include or exclude, so findings say "group CA-Exclusion-Legacy-Printers"
    /// rather than a GUID. Bounded (<see cref="MaxNameLookups"/>) and best effort: an id that cannot be read stays an id.
    /// </summary>
    public static async Task NamePolicyObjectsAsync(GraphServiceClient graph, List<Graph.ConditionalAccessPolicy> policies,
        Dictionary<string, string> names, ILogger logger, CancellationToken ct)
    {
        var users = policies.SelectMany(p => (p.Conditions?.Users?.ExcludeUsers ?? []).Concat(p.Conditions?.Users?.IncludeUsers ?? []));
        var groups = policies.SelectMany(p => (p.Conditions?.Users?.ExcludeGroups ?? []).Concat(p.Conditions?.Users?.IncludeGroups ?? []));
        var lookups = users.Where(IsObjectId).Distinct().Select(id => (id, group: false))
            .Concat(groups.Where(IsObjectId).Distinct().Select(id => (id, group: true)))
            .Where(x => !names.ContainsKey(x.id))
            .Take(MaxNameLookups);
        foreach (var (id, group) in lookups)
        {
            try
            {
                var name = group
                    ? (await graph.Groups[id].GetAsync(r => r.QueryParameters.Select = ["id", "displayName"], ct))?.DisplayName
                    : GraphMfaMapping.PrincipalName(await graph.Users[id].GetAsync(r => r.QueryParameters.Select = ["id", "displayName", "userPrincipalName"], ct));
                if (!string.IsNullOrEmpty(name))
                    names[id] = name;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogDebug("Evidence: could not name {Id}: {Error}", id, e.Message);
            }
        }
    }

    /// <summary>Object ids of break-glass accounts configured by UPN (CA policies exclude ids); unresolvable ones are logged.</summary>
    public static async Task<List<string>> BreakGlassIdsAsync(GraphServiceClient graph, IEnumerable<string> accounts, ILogger logger, CancellationToken ct)
    {
        var ids = new List<string>();
        foreach (var upn in accounts.Where(a => a.Contains('@', StringComparison.Ordinal)))
        {
            try
            {
                var user = await graph.Users[upn].GetAsync(r => r.QueryParameters.Select = ["id"], ct);
                if (user?.Id is { } id)
                    ids.Add(id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning("Evidence: break-glass account {Upn} could not be resolved ({Error}); its exclusions will be findings", upn, e.Message);
            }
        }
        return ids;
    }

    private static bool IsObjectId(string value) => Guid.TryParse(value, out _);
}
