using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Infrastructure.Auth;

/// <summary>
/// Local-development shortcut: <c>X-Dev-User: &lt;UPN&gt;</c> acts as that demo-tenant user. Honoured only when the host
/// runs in Development AND the request comes from a loopback address; anywhere else the header is ignored, so a
/// misconfigured production host cannot be entered with it.
/// </summary>
public sealed class DevUserAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IHostEnvironment environment,
    IUserDirectory directory) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "DevUser";
    public const string HeaderName = "X-Dev-User";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }
        if (!IsAllowed(environment, Context))
        {
            Logger.LogWarning("Ignored {Header} header: only honoured in Development from loopback to a loopback host (environment {Environment}, remote {Remote}, host {Host})",
                HeaderName, environment.EnvironmentName, Context.Connection.RemoteIpAddress, Request.Host.Host);
            return AuthenticateResult.NoResult();
        }

        var user = await directory.FindByUpnAsync(values.ToString().Trim(), Context.RequestAborted);
        if (user is null)
        {
            return AuthenticateResult.Fail($"{HeaderName}: no demo-tenant user with that UPN.");
        }

        var claims = new List<Claim>
        {
            new(AppClaims.ObjectId, user.ObjectId),
            new(AppClaims.TenantId, DemoDirectory.TenantId),
            new(AppClaims.Name, user.DisplayName),
            new(AppClaims.Upn, user.UserPrincipalName),
        };
        claims.AddRange((await directory.RolesOfAsync(user.ObjectId, Context.RequestAborted)).Select(r => new Claim(AppClaims.Role, r)));
        var identity = new ClaimsIdentity(claims, SchemeName, AppClaims.Name, AppClaims.Role);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>
    /// Development, a loopback peer AND a loopback Host header: a local tunnel (ngrok, dev tunnels) or DNS rebinding
    /// delivers remote traffic from a loopback peer, but then the Host names the public name, not localhost.
    /// </summary>
    public static bool IsAllowed(IHostEnvironment environment, HttpContext context) =>
        environment.IsDevelopment() && M365Nis2.Teams.Auth.LoopbackRequest.IsLoopback(context);
}
