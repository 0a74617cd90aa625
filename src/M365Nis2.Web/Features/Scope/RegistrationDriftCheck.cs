using M365Nis2.Domain.Scope;
using M365Nis2.Web.Infrastructure.Graph;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace M365Nis2.Web.Features.Scope;

public sealed record DriftView(string Status, string? Reason, IReadOnlyList<string> RegisteredNotInTenant,
    IReadOnlyList<DriftLocationView> TenantNotRegistered, int NamedLocationsRead);

public sealed record DriftLocationView(string Location, string Range);

/// <summary>
/// Compares the registered public IP ranges with the IP ranges of the tenant's Conditional Access named locations
/// (Graph <c>identity/conditionalAccess/namedLocations</c>, application permission Policy.Read.All, which the (j)
/// evidence already needs). A refusal is "unknown" with the reason, never "no drift".
/// </summary>
public sealed class RegistrationDriftCheck(GraphServiceClient graph, RegistrationService registration)
{
    public async Task<DriftView> CheckAsync(CancellationToken ct)
    {
        var current = await registration.CurrentAsync(ct);
        if (current is null) return new DriftView("noRecord", "No registration record has been saved yet.", [], [], 0);
        List<NamedLocationRanges> locations;
        try
        {
            locations = await ReadAsync(ct);
        }
        catch (ODataError e)
        {
            return new DriftView("unknown", GraphFailure.Describe(e), [], [], 0);
        }
        var result = IpRangeDrift.Compare(current.Record.PublicIpRanges, locations);
        return new DriftView(result.HasDrift ? "drift" : "ok", null, result.RegisteredNotInTenant,
            result.TenantNotRegistered.Select(t => new DriftLocationView(t.Location, t.Range)).ToList(), locations.Count);
    }

    private async Task<List<NamedLocationRanges>> ReadAsync(CancellationToken ct)
    {
        var locations = new List<NamedLocationRanges>();
        var first = await graph.Identity.ConditionalAccess.NamedLocations.GetAsync(cancellationToken: ct);
        if (first is null) return locations;
        var pages = PageIterator<NamedLocation, NamedLocationCollectionResponse>.CreatePageIterator(graph, first, location =>
        {
            if (location is IpNamedLocation ip)
            {
                var ranges = (ip.IpRanges ?? []).Select(r => r switch
                {
                    IPv4CidrRange v4 => v4.CidrAddress,
                    IPv6CidrRange v6 => v6.CidrAddress,
                    _ => null,
                }).OfType<string>().ToList();
                locations.Add(new NamedLocationRanges(ip.DisplayName ?? ip.Id ?? "", ip.IsTrusted == true, ranges));
            }
            return true;
        });
        await pages.IterateAsync(ct);
        return locations;
    }
}
