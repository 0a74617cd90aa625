using System.ComponentModel.DataAnnotations;

namespace M365Nis2.Teams.Connector;

/// <summary>
/// The priority of connector calls made in the current async flow: Interactive inside a turn (set by the bot endpoint),
/// Bulk inside a fan-out (set by the job), Normal otherwise. Ambient, so no send path has to carry it.
/// </summary>
public static class OutboundPriority
{
    private static readonly AsyncLocal<SendPriority?> Ambient = new();

    public static SendPriority Current => Ambient.Value ?? SendPriority.Normal;

    /// <summary>Sets the priority until the returned scope is disposed.</summary>
    public static IDisposable Use(SendPriority priority)
    {
        var previous = Ambient.Value;
        Ambient.Value = priority;
        return new Scope(previous);
    }

    private sealed class Scope(SendPriority? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}

/// <summary>Section <c>Bot:Outbound</c>: the outbound budget shared by every send of this instance.</summary>
public sealed class OutboundOptions
{
    public const string Section = "Bot:Outbound";

    /// <summary>
    /// <c>Bot:Outbound:TenantRequestsPerSecond</c>: connector calls per sliding second for the tenant. Teams allows 50 per
    /// app per tenant; 48 leaves room for timing jitter between this process and Teams. With N instances sending at
    /// once, set it to 50/N.
    /// </summary>
    // Above 50 only makes sense against a test connector that allows more (tests keep their runs short that way).
    [Range(1, 1000, ErrorMessage = "Bot:Outbound:TenantRequestsPerSecond must be between 1 and 1000 (Teams allows 50 per app per tenant).")]
    public int TenantRequestsPerSecond { get; set; } = 48;
}
