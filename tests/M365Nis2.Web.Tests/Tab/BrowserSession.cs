using System.Net;
using System.Security.Claims;
using System.Web;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>A browser that signed in with Entra (the test issuer) and holds the app's session cookie.</summary>
public static class BrowserSession
{
    public const string AuthorizeEndpoint = "https://login.microsoftonline.com/" + EntraTestIssuer.TenantId + "/oauth2/v2.0/authorize";

    public const string LogoutEndpoint = "https://login.microsoftonline.com/" + EntraTestIssuer.TenantId + "/oauth2/v2.0/logout";

    public static TestApp StartApp(EntraTestIssuer issuer, IDictionary<string, string?>? extra = null)
    {
        var settings = EntraTestIssuer.Settings();
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return new(settings, configureServices: services =>
        {
            issuer.Configure(services);
            services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
            {
                var configuration = new OpenIdConnectConfiguration
                {
                    Issuer = EntraTestIssuer.Issuer, AuthorizationEndpoint = AuthorizeEndpoint, EndSessionEndpoint = LogoutEndpoint,
                };
                configuration.SigningKeys.Add(issuer.Key);
                o.Configuration = configuration; // the handler then uses it instead of fetching Entra's metadata
                o.TokenValidationParameters.ValidIssuer = EntraTestIssuer.Issuer;
                o.TokenValidationParameters.IssuerSigningKey = issuer.Key;
            });
        });
    }

    /// <summary>Runs the sign-in round trip for <paramref name="user"/>; the ID token may carry app roles.</summary>
    public static async Task<HttpClient> SignInAsync(TestApp app, EntraTestIssuer issuer, DemoUser user, params string[] tokenRoles)
    {
        var cookies = new CookieContainer();
        var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        using var challenge = await browser.GetAsync(new Uri("/signin?returnUrl=/tab/", UriKind.Relative));
        var query = HttpUtility.ParseQueryString(challenge.Headers.Location!.Query);
        var claims = new List<Claim>
        {
            new("oid", user.Id), new("tid", EntraTestIssuer.TenantId), new("name", user.DisplayName),
            new("preferred_username", user.UserPrincipalName), new("nonce", query["nonce"]!), new("ver", "2.0"), new("sub", "subject-" + user.Id),
        };
        claims.AddRange(tokenRoles.Select(r => new Claim("roles", r)));
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = EntraTestIssuer.Issuer,
            Audience = EntraTestIssuer.ClientId,
            Expires = DateTime.UtcNow.AddHours(1),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(issuer.Key, SecurityAlgorithms.RsaSha256),
        });
        using var callback = await browser.PostAsync(new Uri("/signin-oidc", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id_token"] = idToken, ["state"] = query["state"]! }));
        Assert.True(callback.StatusCode == HttpStatusCode.Redirect, await callback.Content.ReadAsStringAsync());
        return browser;
    }
}
