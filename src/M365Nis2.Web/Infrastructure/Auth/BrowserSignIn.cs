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
        });
    }

    /// <summary>Which scheme a request without X-Dev-User uses: a bearer token wins, then the browser session.</summary>
    public static string SchemeFor(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            || !context.Request.Cookies.ContainsKey(CookieName)
            ? Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerDefaults.AuthenticationScheme
            : CookieScheme;

    /// <summary><c>/signin?returnUrl=/tab/…</c> starts the Entra sign-in; <c>/signout</c> ends the browser session.</summary>
    public static WebApplication MapBrowserSignIn(this WebApplication app, bool entraEnabled)
    {
        app.MapGet("/signin", (string? returnUrl) => entraEnabled
                ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) }, [OidcScheme])
                : Results.Problem("Sign-in is not configured: set AzureAd:Instance, AzureAd:TenantId and AzureAd:ClientId.", statusCode: StatusCodes.Status404NotFound))
            .AllowAnonymous();
        app.MapGet("/signout", () => entraEnabled
                ? Results.SignOut(new AuthenticationProperties { RedirectUri = "/tab/" }, [CookieScheme, OidcScheme])
                : Results.Redirect("/tab/"))
            .AllowAnonymous();
        return app;
    }

    /// <summary>Only paths on this site: an open redirect after sign-in would hand users to a phishing page.</summary>
    public static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal)
            && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/tab/";

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
