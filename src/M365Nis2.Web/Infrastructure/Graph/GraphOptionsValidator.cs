using System.Net;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Infrastructure.Graph;

/// <summary>Refuses, at start, settings that would send data unauthenticated off the machine or fail at the first call.</summary>
internal sealed class GraphOptionsValidator : IValidateOptions<GraphOptions>
{
    public ValidateOptionsResult Validate(string? name, GraphOptions options)
    {
        var failures = new List<string>();
        var auth = options.EffectiveAuth;
        if (!Uri.TryCreate(options.BaseUrl, UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http"))
        {
            failures.Add($"Graph:BaseUrl must be an absolute http(s) URL (was '{options.BaseUrl}').");
        }
        else if (auth == GraphAuthMode.None && !IsLoopback(baseUrl))
        {
            failures.Add($"Graph:Auth=None is only allowed with a loopback Graph:BaseUrl (127.0.0.1, localhost or [::1]); '{options.BaseUrl}' is not loopback.");
        }
        else if (auth is GraphAuthMode.ManagedIdentity or GraphAuthMode.ClientSecret && baseUrl.Scheme == "http" && !IsLoopback(baseUrl))
        {
            failures.Add($"Graph:BaseUrl must use https when Graph:Auth={auth} (tokens are never sent over plain http off the machine).");
        }
        if (auth == GraphAuthMode.ClientSecret)
        {
            foreach (var (key, value) in new[] { ("Graph:TenantId", options.TenantId), ("Graph:ClientId", options.ClientId), ("Graph:ClientSecret", options.ClientSecret) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    failures.Add($"{key} is required when Graph:Auth=ClientSecret (put the secret in an environment variable or user-secrets).");
                }
            }
        }
        if (options.Demo.Employees is < 0 or > DemoTenant.DemoDirectory.MaxEmployees)
        {
            failures.Add($"Graph:Demo:Employees must be between 0 and {DemoTenant.DemoDirectory.MaxEmployees}.");
        }
        if (options.Demo.Port is < 0 or > 65_535)
        {
            failures.Add("Graph:Demo:Port must be between 0 (a free port) and 65535.");
        }
        if (options.Demo.Devices is < 0 or > 200_000)
        {
            failures.Add("Graph:Demo:Devices must be between 0 and 200000.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    internal static bool IsLoopback(Uri url) =>
        url.IsLoopback || (IPAddress.TryParse(url.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
