using System.Net;

namespace M365Nis2.Domain.Scope;

/// <summary>A named location of Conditional Access with its IP ranges, as Graph lists them.</summary>
public sealed record NamedLocationRanges(string Name, bool IsTrusted, IReadOnlyList<string> CidrRanges);

/// <summary>The result of comparing registered IP ranges with the tenant's named locations.</summary>
/// <param name="RegisteredNotInTenant">Registered ranges that no named location covers: the registration may be stale.</param>
/// <param name="TenantNotRegistered">Named-location ranges the registration does not cover: the registration may be incomplete.</param>
public sealed record IpRangeDriftResult(IReadOnlyList<string> RegisteredNotInTenant, IReadOnlyList<(string Location, string Range)> TenantNotRegistered)
{
    public bool HasDrift => RegisteredNotInTenant.Count > 0 || TenantNotRegistered.Count > 0;
}

/// <summary>
/// Compares the public IP ranges in the registration with the IP ranges of Conditional Access named locations.
/// A range counts as covered when a range on the other side contains it entirely, so a /24 registered against a /16
/// location is not drift. Only trusted named locations describe the entity's own networks; untrusted ones (a list of
/// blocked countries' proxies, say) are ignored.
/// </summary>
public static class IpRangeDrift
{
    public static IpRangeDriftResult Compare(IReadOnlyList<string> registered, IReadOnlyList<NamedLocationRanges> locations)
    {
        ArgumentNullException.ThrowIfNull(registered);
        ArgumentNullException.ThrowIfNull(locations);
        var mine = registered.Select(Parse).ToList();
        var tenant = locations.Where(l => l.IsTrusted)
            .SelectMany(l => l.CidrRanges.Select(r => (Location: l.Name, Range: r, Network: Parse(r))))
            .ToList();
        var stale = mine.Where(r => !tenant.Any(t => Covers(t.Network, r))).Select(r => r.ToString()).ToList();
        var missing = tenant.Where(t => !mine.Any(r => Covers(r, t.Network))).Select(t => (t.Location, t.Network.ToString())).ToList();
        return new(stale, missing);
    }

    private static IPNetwork Parse(string cidr) =>
        IPNetwork.TryParse(cidr, out var network) ? network : throw new FormatException($"'{cidr}' is not an IP range in CIDR notation.");

    private static bool Covers(IPNetwork outer, IPNetwork inner) =>
        outer.BaseAddress.AddressFamily == inner.BaseAddress.AddressFamily
        && outer.PrefixLength <= inner.PrefixLength
        && outer.Contains(inner.BaseAddress);
}
