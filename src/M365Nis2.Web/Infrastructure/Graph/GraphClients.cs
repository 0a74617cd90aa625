using Azure.Core;
using Azure.Identity;
using Microsoft.Graph;
using Microsoft.Kiota.Abstractions.Authentication;
using AzureIdentityAuthenticationProvider = Microsoft.Graph.Authentication.AzureIdentityAuthenticationProvider;

namespace M365Nis2.Web.Infrastructure.Graph;

/// <summary>Builds the one <see cref="GraphServiceClient"/> shape the app uses, for DI, tests and benchmarks alike.</summary>
public static class GraphClients
{
    /// <summary>Explicit because the base URL may be custom: the SDK would otherwise derive the scope from it.</summary>
    public static readonly string[] Scopes = ["https://graph.microsoft.com/.default"];

    /// <summary>
    /// The SDK's default handler pipeline (retry honouring Retry-After for 429/503/504, redirect, compression, telemetry)
    /// and the app's Graph metrics (<see cref="GraphMetricsHandler"/>) over a plain HttpClient, pointed at <paramref name="baseUrl"/> (e.g. <c>http://127.0.0.1:PORT/v1.0</c>).
    /// </summary>
    public static GraphServiceClient Create(Uri baseUrl, IAuthenticationProvider? authProvider = null)
    {
        var handlers = GraphClientFactory.CreateDefaultHandlers();
        handlers.Add(new GraphMetricsHandler());
        var http = GraphClientFactory.Create(handlers);
        return new GraphServiceClient(http, authProvider ?? new AnonymousAuthenticationProvider(), baseUrl.ToString().TrimEnd('/'));
    }

    /// <summary>The token source for a mode; Kiota itself refuses to send tokens over http except to localhost/127.0.0.1.</summary>
    public static IAuthenticationProvider AuthProviderFor(GraphOptions options, Uri baseUrl)
    {
        TokenCredential? credential = options.EffectiveAuth switch
        {
            GraphAuthMode.ManagedIdentity => string.IsNullOrWhiteSpace(options.ManagedIdentityClientId)
                ? new ManagedIdentityCredential(ManagedIdentityId.SystemAssigned)
                : new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId)),
            GraphAuthMode.ClientSecret => new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret),
            _ => null,
        };
        return credential is null
            ? new AnonymousAuthenticationProvider()
            : new AzureIdentityAuthenticationProvider(credential, [baseUrl.Host], null, true, Scopes);
    }
}
