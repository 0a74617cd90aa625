using System.Net;
using System.Security.Claims;
using System.Web;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace M365Nis2.Web.Tests.Tab;

/// <summary>
/// The tab in a plain browser: Entra sign-in with OpenID Connect (the test issuer stands in for Entra: its metadata is
/// handed to the handler, its key signs the ID token), ending in a session cookie the API accepts.
/// </summary>
public class BrowserSignInTests
{
    private const string AuthorizeEndpoint = "https://login.microsoftonline.com/" + EntraTestIssuer.TenantId + "/oauth2/v2.0/authorize";

    private static TestApp StartApp(EntraTestIssuer issuer) => new(EntraTestIssuer.Settings(), configureServices: services =>
    {
        issuer.Configure(services);
        services.Configure<OpenIdConnectOptions>(OpenIdConnectDefaults.AuthenticationScheme, o =>
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = EntraTestIssuer.Issuer, AuthorizationEndpoint = AuthorizeEndpoint };
            configuration.SigningKeys.Add(issuer.Key);
            o.Configuration = configuration; // the handler then uses it instead of fetching Entra's metadata
            o.TokenValidationParameters.ValidIssuer = EntraTestIssuer.Issuer;
            o.TokenValidationParameters.IssuerSigningKey = issuer.Key;
        });
    });

    [Fact]
    public async Task Browser_signs_in_with_Entra_and_its_session_cookie_reaches_the_api_with_roles()
    {
        using var issuer = new EntraTestIssuer();
        using var app = StartApp(issuer);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

        using var before = await browser.GetAsync(new Uri("/api/me", UriKind.Relative));
        Assert.True(before.StatusCode == HttpStatusCode.Unauthorized, await before.Content.ReadAsStringAsync()); // the API never redirects a fetch

        using var challenge = await browser.GetAsync(new Uri("/signin?returnUrl=/tab/control/art21.2.j", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(AuthorizeEndpoint, authorize.ToString(), StringComparison.Ordinal);
        var query = HttpUtility.ParseQueryString(authorize.Query);
        Assert.Equal(EntraTestIssuer.ClientId, query["client_id"]);
        Assert.Equal("id_token", query["response_type"]);
        Assert.Equal(new Uri(app.BaseAddress, "/signin-oidc").ToString(), query["redirect_uri"]);

        // What Entra posts back to the redirect URI after the user signs in.
        var ciso = new DemoDirectory().Ciso;
        var idToken = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = EntraTestIssuer.Issuer,
            Audience = EntraTestIssuer.ClientId,
            Expires = DateTime.UtcNow.AddHours(1),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Subject = new ClaimsIdentity([
                new Claim("oid", ciso.Id), new Claim("tid", EntraTestIssuer.TenantId), new Claim("name", ciso.DisplayName),
                new Claim("preferred_username", ciso.UserPrincipalName), new Claim("nonce", query["nonce"]!), new Claim("ver", "2.0"),
                new Claim("sub", "subject-" + ciso.Id),
            ]),
            SigningCredentials = new SigningCredentials(issuer.Key, SecurityAlgorithms.RsaSha256),
        });
        using var callback = await browser.PostAsync(new Uri("/signin-oidc", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id_token"] = idToken, ["state"] = query["state"]! }));
        Assert.True(callback.StatusCode == HttpStatusCode.Redirect, await callback.Content.ReadAsStringAsync());
        Assert.Equal("/tab/control/art21.2.j", callback.Headers.Location!.ToString());
        Assert.Contains(cookies.GetAllCookies(), c => c.Name == BrowserSignIn.CookieName && c.HttpOnly);

        var me = await browser.GetStringAsync(new Uri("/api/me", UriKind.Relative));
        Assert.Contains(ciso.Id, me, StringComparison.Ordinal);
        Assert.Contains("CISO", me, StringComparison.Ordinal); // roles come from the tenant when the token has none
    }

    [Fact]
    public async Task Forged_id_token_is_refused_and_leaves_no_session()
    {
        using var issuer = new EntraTestIssuer();
        using var other = new EntraTestIssuer();
        using var app = StartApp(issuer);
        var cookies = new CookieContainer();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        using var challenge = await browser.GetAsync(new Uri("/signin", UriKind.Relative));
        var query = HttpUtility.ParseQueryString(challenge.Headers.Location!.Query);

        var forged = other.Token(new DemoDirectory().Ciso.Id); // signed with a key the tenant does not publish
        using var callback = await browser.PostAsync(new Uri("/signin-oidc", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["id_token"] = forged, ["state"] = query["state"]! }));

        Assert.Equal("/tab/?signin=failed", callback.Headers.Location?.ToString());
        Assert.DoesNotContain(cookies.GetAllCookies(), c => c.Name == BrowserSignIn.CookieName);
        using var me = await browser.GetAsync(new Uri("/api/me", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/phish", "/tab/")]
    [InlineData("//evil.example/phish", "/tab/")]
    [InlineData("/tab/board-summary", "/tab/board-summary")]
    public void Return_url_after_sign_in_stays_on_this_site(string requested, string expected) =>
        Assert.Equal(expected, BrowserSignIn.LocalOnly(requested));

    [Fact]
    public async Task Without_Entra_configured_sign_in_says_what_to_set()
    {
        using var app = new TestApp();
        using var http = app.Http();
        using var response = await http.GetAsync(new Uri("/signin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("AzureAd:ClientId", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

/// <summary>The tab as a production browser sees it before sign-in (no dev picker outside Development).</summary>
public class BrowserSignInPageTests
{
    [Fact]
    public async Task Outside_Teams_the_tab_offers_the_Entra_sign_in_and_keeps_the_page_to_return_to()
    {
        using var issuer = new EntraTestIssuer();
        var settings = EntraTestIssuer.Settings();
        settings["Signing:AllowLocalInProduction"] = "true";
        using var app = new TestApp(settings, environment: "Production", configureServices: issuer.Configure);
        await using var chromium = await HeadlessChromium.LaunchAsync();
        var page = await chromium.OpenAsync(app.BaseAddress);

        await page.GotoAsync("/tab/control/art21.2.j");
        var signIn = page.Locator("#browser-signin");
        await signIn.WaitForAsync();

        Assert.Equal("/signin?returnUrl=%2Ftab%2Fcontrol%2Fart21.2.j", await signIn.GetAttributeAsync("href"));
        Assert.False(await page.Locator("#dev-picker").IsVisibleAsync());
    }
}
