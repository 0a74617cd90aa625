namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>A failure the demo Graph server answers instead of data, with Graph's real status, code and message.</summary>
public sealed record DemoGraphFault(int Status, string Code, string Message, TimeSpan? RetryAfter = null)
{
    public static DemoGraphFault TooManyRequests(TimeSpan retryAfter) =>
        new(429, "TooManyRequests", "Too many requests.", retryAfter);

    public static DemoGraphFault ServiceUnavailable(TimeSpan? retryAfter = null) =>
        new(503, "serviceNotAvailable", "The service is temporarily unavailable. Please retry.", retryAfter);

    /// <summary>The app lacks the application permission (e.g. Policy.Read.All not consented).</summary>
    public static DemoGraphFault Forbidden() =>
        new(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.");

    /// <summary>
    /// What a service outside the Entra reports answers in a tenant without its licence (Intune, Defender XDR, Entra ID
    /// Governance): a 403 whose message names the missing licence, modelled on those services' error text.
    /// </summary>
    public static DemoGraphFault ServiceNotLicensed(string service) =>
        new(403, "Forbidden", $"The tenant is not licensed for {service}.");

    /// <summary>What the reports endpoints answer in a tenant without Entra ID P1/P2.</summary>
    public static DemoGraphFault LicenceRequired() =>
        new(403, "Authentication_RequestFromNonPremiumTenantOrB2CTenant", "Neither tenant is B2C or tenant doesn't have premium license");
}

/// <summary>
/// Fault injection for tests: the next <c>times</c> requests whose path (after /v1.0) starts with a prefix get the fault.
/// Faults are consumed in the order they were injected, so "429 then 503" on one path is two calls to <see cref="Inject"/>.
/// <c>after</c> lets that many matching requests through first, so a fault can land mid-paging (e.g. on page 2).
/// </summary>
public sealed class DemoGraphFaults
{
    private readonly Lock gate = new();
    private readonly List<Entry> entries = [];

    public void Inject(string pathPrefix, DemoGraphFault fault, int times = 1, int after = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(after);
        lock (gate)
        {
            entries.Add(new Entry(Normalise(pathPrefix), fault, times) { Skip = after });
        }
    }

    /// <summary>Faults injected but not yet served.</summary>
    public int Pending
    {
        get
        {
            lock (gate)
            {
                return entries.Sum(e => e.Remaining);
            }
        }
    }

    /// <summary>How many injected faults have been served so far.</summary>
    public int Served { get; private set; }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
        }
    }

    internal DemoGraphFault? TakeFor(string path)
    {
        lock (gate)
        {
            var entry = entries.FirstOrDefault(e => path.StartsWith(e.Prefix, StringComparison.OrdinalIgnoreCase));
            if (entry is null)
            {
                return null;
            }
            if (entry.Skip > 0)
            {
                entry.Skip--;
                return null;
            }
            if (--entry.Remaining == 0)
            {
                entries.Remove(entry);
            }
            Served++;
            return entry.Fault;
        }
    }

    private static string Normalise(string prefix)
    {
        var p = prefix.StartsWith('/') ? prefix : "/" + prefix;
        return p.StartsWith("/v1.0/", StringComparison.OrdinalIgnoreCase) ? p["/v1.0".Length..] : p;
    }

    private sealed class Entry(string prefix, DemoGraphFault fault, int remaining)
    {
        public string Prefix { get; } = prefix;
        public DemoGraphFault Fault { get; } = fault;
        public int Remaining { get; set; } = remaining;
        public int Skip { get; set; }
    }
}
