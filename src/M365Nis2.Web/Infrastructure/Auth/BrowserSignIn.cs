using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Identity.Web;

namespace M365Nis2.Web.Infrastructure.Auth;

/// <summary>
/// Entra sign-in for the tab opened in a plain browser (outside Teams there is no SSO token): OpenID Connect with the
/// same app registration, ending in an HttpOnly session cookie that the API accepts like a bearer token. Only the ID
/// token is requested (response type id_token, form_post), so no client secret is needed; the app registration must
/// allow ID tokens and list <c>https://&lt;host&gt;/signin-oidc</c> as a web redirect URI.
/// </summary>
public static class BrowserSignIn
{
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string OidcScheme = OpenIdConnectDefaults.AuthenticationScheme;
    public const string CookieName = "m365nis2.session";

    public static void AddBrowserSignIn(this AuthenticationBuilder authentication, IConfiguration configuration)
    {
        authentication.AddMicrosoftIdentityWebApp(configuration.GetSection("AzureAd"), OidcScheme, CookieScheme);
        authentication.Services.PostConfigure<OpenIdConnectOptions>(OidcScheme, o =>
        {
            o.ResponseType = "id_token";
            o.ResponseMode = "form_post";
            o.MapInboundClaims = false;
            // Secure whenever the request is (App Service is HTTPS-only); plain http works only on a developer's loopback.
            o.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.TokenValidationParameters.NameClaimType = AppClaims.Name;
            o.TokenValidationParameters.RoleClaimType = AppClaims.Role;
            // A refused sign-in (bad token, cancelled consent) goes back to the tab with a flag, not to an error page;
            // the reason stays in the log.
            o.Events.OnRemoteFailure = ctx =>
            {
                ctx.Response.Redirect("/tab/?signin=failed");
                ctx.HandleResponse();
                return Task.CompletedTask;
            };
        });
        authentication.Services.PostConfigure<CookieAuthenticationOptions>(CookieScheme, o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.SlidingExpiration = true;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            // An API call with an expired session must get 401, not a redirect the fetch cannot follow.
            o.Events.OnRedirectToLogin = ctx => ApiOr(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx => ApiOr(ctx, StatusCodes.Status403Forbidden);
            o.Events.OnSigningIn = KeepIdentityOnly;
        });
    }

    /// <summary>Which scheme a request without X-Dev-User uses: a bearer token wins, then the browser session.</summary>
    public static string SchemeFor(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || !context.Request.Cookies.ContainsKey(CookieName)
            ? Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerDefaults.AuthenticationScheme
            : CookieScheme;

    /// <summary>
    /// <c>/signin?returnUrl=/tab/…</c> starts the Entra sign-in; <c>POST /signout</c> ends the browser session (a POST,
    /// so another site cannot sign the user out with an image tag; <see cref="SessionCsrfGuard"/> checks its origin).
    /// </summary>
    public static WebApplication MapBrowserSignIn(this WebApplication app, bool entraEnabled)
    {
        app.MapGet("/signin", (string? returnUrl) => entraEnabled
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) }, [OidcScheme])
                : Results.Problem("Sign-in is not configured: set AzureAd:Instance, AzureAd:TenantId and AzureAd:ClientId.", statusCode: StatusCodes.Status404NotFound))
            .AllowAnonymous();
        app.MapPost("/signout", () => entraEnabled
                ? Results.SignOut(new AuthenticationProperties { RedirectUri = "/tab/" }, [CookieScheme, OidcScheme])
                : Results.Redirect("/tab/"))
            .AllowAnonymous()
            .DisableAntiforgery();
        return app;
    }

    /// <summary>
    /// Only paths on this site (the framework's own local-URL rule: rejects "//host", "/\\host" and control characters such
    /// as "/%09/host", which browsers turn into "//host"): an open redirect after sign-in would hand users to a phishing page.
    /// </summary>
    public static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 0 } && Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult.IsLocalUrl(returnUrl) && !returnUrl.StartsWith("/~", StringComparison.Ordinal)
            ? returnUrl
            : "/tab/";

    /// <summary>
    /// The session keeps who signed in, not what they may do: role claims from the ID token are dropped, so
    /// <see cref="DirectoryRolesClaimsTransformation"/> reads the roles from the directory on every request (cached for
    /// Roles:CacheDuration, 5 minutes). A CISO removed from the CISO group loses CISO access within that time, not
    /// when the 8-hour session ends. App roles still count for bearer tokens, which live an hour and are re-issued.
    /// </summary>
    private static Task KeepIdentityOnly(CookieSigningInContext context)
    {
        if (context.Principal is { } principal)
        {
            foreach (var identity in principal.Identities)
            {
                foreach (var role in identity.FindAll(c => c.Type is AppClaims.Role or System.Security.Claims.ClaimTypes.Role).ToList())
                {
                    identity.RemoveClaim(role);
                }
            }
        }
        return Task.CompletedTask;
    }

    private static Task ApiOr(RedirectContext<CookieAuthenticationOptions> ctx, int status)
    {
        if (ctx.Request.Path.StartsWithSegments("/api"))
        {
            ctx.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        ctx.Response.Redirect(ctx.RedirectUri);
        return Task.CompletedTask;
    }
}
