namespace M365Nis2.Web.Infrastructure.Graph;

/// <summary>Which tenant Graph data comes from; UI and evidence label everything "demo data" when <see cref="IsDemo"/>.</summary>
public interface IGraphTenantInfo
{
    bool IsDemo { get; }

    GraphAuthMode Auth { get; }

    /// <summary>The base URL the GraphServiceClient uses (the demo server's loopback URL in demo mode).</summary>
    Uri BaseUrl { get; }
}
