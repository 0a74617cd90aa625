using M365Nis2.Domain.Scope;

namespace M365Nis2.Domain.Tests.Scope;

public class IpRangeDriftTests
{
    [Fact]
    public void Matching_ranges_are_no_drift_and_a_narrower_registered_range_inside_a_location_is_covered()
    {
        var result = IpRangeDrift.Compare(["203.0.113.0/25"], [new NamedLocationRanges("HQ", true, ["203.0.113.0/24"])]);
        Assert.Contains("203.0.113.0/24", result.TenantNotRegistered.Select(t => t.Range)); // the location is wider than what is registered
        Assert.Empty(result.RegisteredNotInTenant);

        var exact = IpRangeDrift.Compare(["203.0.113.0/24", "2001:db8::/48"],
            [new NamedLocationRanges("HQ", true, ["203.0.113.0/24"]), new NamedLocationRanges("HQ v6", true, ["2001:db8::/48"])]);
        Assert.False(exact.HasDrift);
    }

    [Fact]
    public void Reports_stale_registered_ranges_and_unregistered_trusted_locations_and_ignores_untrusted_ones()
    {
        var result = IpRangeDrift.Compare(["203.0.113.0/24", "192.0.2.0/24"],
        [
            new NamedLocationRanges("HQ", true, ["203.0.113.0/24"]),
            new NamedLocationRanges("Branch Aarhus", true, ["198.51.100.0/24"]),
            new NamedLocationRanges("Blocked proxies", false, ["100.64.0.0/10"]),
        ]);
        Assert.Equal(["192.0.2.0/24"], result.RegisteredNotInTenant);
        Assert.Equal([("Branch Aarhus", "198.51.100.0/24")], result.TenantNotRegistered);
    }

    [Fact]
    public void IPv4_never_covers_IPv6() =>
        Assert.True(IpRangeDrift.Compare(["0.0.0.0/0"], [new NamedLocationRanges("v6", true, ["2001:db8::/32"])]).HasDrift);
}
