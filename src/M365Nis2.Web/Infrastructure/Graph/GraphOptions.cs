namespace M365Nis2.Web.Infrastructure.Graph;

/// <summary>How the app authenticates to Microsoft Graph.</summary>
public enum GraphAuthMode
{
    /// <summary>Azure managed identity (production default); <c>Graph:ManagedIdentityClientId</c> selects a user-assigned one.</summary>
    ManagedIdentity,

    /// <summary>App registration with a client secret (from env / user-secrets, never the repo).</summary>
    ClientSecret,

    /// <summary>No token at all: only for a Graph-shaped server on loopback.</summary>
    None,

    /// <summary>The built-in demo tenant on a loopback server started by the app (Development default).</summary>
    Demo,
}

/// <summary>Section <c>Graph</c>. Secrets come from environment variables or user-secrets.</summary>
public sealed class GraphOptions
{
    public const string Section = "Graph";
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";

    public string BaseUrl { get; set; } = DefaultBaseUrl;

    /// <summary>Unset → Demo in Development, ManagedIdentity elsewhere (resolved in <see cref="GraphExtensions"/>).</summary>
    public GraphAuthMode? Auth { get; set; }

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Demo tenant size and throttle (<c>Graph:Demo:Employees</c>, <c>Graph:Demo:ThrottleReports</c>).</summary>
    public DemoSettings Demo { get; set; } = new();

    public GraphAuthMode EffectiveAuth => Auth ?? GraphAuthMode.ManagedIdentity;

    public sealed class DemoSettings
    {
        public int Employees { get; set; } = 40;

        public bool ThrottleReports { get; set; }

        /// <summary><c>Graph:Demo:Devices</c>: Intune managed devices; unset gives about 1.2 per user.</summary>
        public int? Devices { get; set; }

        /// <summary>
        /// <c>Graph:Demo:TeamsServiceUrl</c>: the connector the demo's installation events name (tests point it at their
        /// fake connector); unset: the demo server's own Teams sink, which accepts every send.
        /// </summary>
        public string? TeamsServiceUrl { get; set; }

        /// <summary><c>Graph:Demo:RefuseAppInstall</c>: the demo tenant refuses proactive installation (permission missing).</summary>
        public bool RefuseAppInstall { get; set; }

        /// <summary>
        /// <c>Graph:Demo:Port</c>: the loopback port of the demo server (Graph and its Teams sink); 0 picks a free one.
        /// scripts/run.sh fixes it, because the demo's stored conversations name the sink's address: on a free port a
        /// restart on the same data would leave every stored conversation pointing at a dead port.
        /// </summary>
        public int Port { get; set; }
    }
}
