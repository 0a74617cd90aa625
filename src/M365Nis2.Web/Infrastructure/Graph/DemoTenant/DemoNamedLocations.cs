namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>
/// Conditional Access named locations of the demo tenant, Graph-shaped (ipNamedLocation / countryNamedLocation): two
/// trusted office ranges, a trusted data-centre range the demo registration does not list (drift), and an untrusted range.
/// </summary>
public static class DemoNamedLocations
{
    public const string HeadOfficeRange = "203.0.113.0/24";
    public const string DataCentreRange = "198.51.100.0/26";
    public const string HeadOfficeV6Range = "2001:db8:4e0::/48";

    public static IReadOnlyList<Dictionary<string, object?>> All() =>
    [
        Ip("3f1c9a52-5a0e-4c39-9e0c-0a4f6c1d2b01", "Nordlys head office, Aarhus", true, [HeadOfficeRange, HeadOfficeV6Range]),
        Ip("3f1c9a52-5a0e-4c39-9e0c-0a4f6c1d2b02", "Nordlys data centre, Skanderborg", true, [DataCentreRange]),
        Ip("3f1c9a52-5a0e-4c39-9e0c-0a4f6c1d2b03", "Known anonymising proxies", false, ["192.0.2.0/24"]),
        new()
        {
            ["@odata.type"] = "#microsoft.graph.countryNamedLocation",
            ["id"] = "3f1c9a52-5a0e-4c39-9e0c-0a4f6c1d2b04",
            ["displayName"] = "Blocked countries",
            ["countriesAndRegions"] = new[] { "KP", "IR" },
            ["includeUnknownCountriesAndRegions"] = false,
        },
    ];

    private static Dictionary<string, object?> Ip(string id, string name, bool trusted, string[] ranges) => new()
    {
        ["@odata.type"] = "#microsoft.graph.ipNamedLocation",
        ["id"] = id,
        ["displayName"] = name,
        ["isTrusted"] = trusted,
        ["ipRanges"] = ranges.Select(r => new Dictionary<string, object?>
        {
            ["@odata.type"] = r.Contains(':', StringComparison.Ordinal) ? "#microsoft.graph.iPv6CidrRange" : "#microsoft.graph.iPv4CidrRange",
            ["cidrAddress"] = r,
        }).ToList(),
    };
}
