using System.Security.Claims;
using M365Nis2.Web.Infrastructure.Graph;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.Identity.Web;

namespace M365Nis2.Web.Infrastructure.Auth;

public static class AuthExtensions
{
    /// <summary>Forwards to the dev-user scheme or to Entra bearer tokens, per request.</summary>
    public const string AppScheme = "App";

    /// <summary>
    /// Authentication (Entra bearer tokens when <c>AzureAd:ClientId</c> is set; the X-Dev-User header in Development
    /// from loopback), roles from the tenant through Graph, and the role policies every API uses. Needs <c>AddGraph()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddAppAuth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMemoryCache();
        builder.Services.AddOptions<RolesOptions>().BindConfiguration(RolesOptions.Section);
        builder.Services.AddSingleton<IPostConfigureOptions<RolesOptions>, DemoRolesDefaults>();
        builder.Services.AddSingleton<GraphUserDirectory>();
        builder.Services.AddSingleton<IUserDirectory>(sp => sp.GetRequiredService<GraphUserDirectory>());
        builder.Services.AddSingleton<IBoardDirectory>(sp => sp.GetRequiredService<GraphUserDirectory>());
        builder.Services.AddSingleton<IGroupDirectory>(sp => sp.GetRequiredService<GraphUserDirectory>());
        builder.Services.AddTransient<IClaimsTransformation, DirectoryRolesClaimsTransformation>();

        var entraEnabled = !string.IsNullOrWhiteSpace(builder.Configuration["AzureAd:ClientId"]);
        var environment = builder.Environment;
        var authentication = builder.Services.AddAuthentication(AppScheme)
            .AddPolicyScheme(AppScheme, "Entra bearer token, or X-Dev-User in local development", o => o.ForwardDefaultSelector = ctx =>
                (ctx.Request.Headers.ContainsKey(DevUserAuthenticationHandler.HeaderName)
                    && DevUserAuthenticationHandler.IsAllowed(environment, ctx)) || !entraEnabled
                    ? DevUserAuthenticationHandler.SchemeName
                    : BrowserSignIn.SchemeFor(ctx))
            .AddScheme<AuthenticationSchemeOptions, DevUserAuthenticationHandler>(DevUserAuthenticationHandler.SchemeName, null);
        if (entraEnabled)
        {
            authentication.AddMicrosoftIdentityWebApi(builder.Configuration.GetSection("AzureAd"), JwtBearerDefaults.AuthenticationScheme);
            authentication.AddBrowserSignIn(builder.Configuration);
            // Keep Entra's claim names (oid, roles, name) so dev users and token users look alike to endpoints.
            builder.Services.PostConfigure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters.NameClaimType = AppClaims.Name;
                o.TokenValidationParameters.RoleClaimType = AppClaims.Role;
            });
        }

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.Ciso, p => p.RequireAuthenticatedUser().RequireClaim(AppClaims.Role, AppRoles.Ciso))
            .AddPolicy(AuthPolicies.BoardOrCiso, p => p.RequireAuthenticatedUser().RequireClaim(AppClaims.Role, AppRoles.Ciso, AppRoles.Board))
            .AddPolicy(AuthPolicies.Member, p => p.RequireAuthenticatedUser().RequireClaim(AppClaims.Role, AppRoles.Ciso, AppRoles.Board, AppRoles.Employee));
        return builder;
    }

    /// <summary><c>GET /api/me</c>: who the caller is to the app (the tab shows it; handy to check auth end to end).</summary>
    public static WebApplication MapAppAuth(this WebApplication app)
    {
        app.MapBrowserSignIn(!string.IsNullOrWhiteSpace(app.Configuration["AzureAd:ClientId"]));
        app.MapGet("/api/me", (ClaimsPrincipal user, IGraphTenantInfo tenant) => TypedResults.Ok(new MeResponse(
                user.ObjectId(),
                user.DisplayName(),
                user.FindFirstValue(AppClaims.Upn),
                user.FindAll(AppClaims.Role).Select(c => c.Value).Distinct().Order(StringComparer.Ordinal).ToList(),
                tenant.IsDemo)))
            .RequireAuthorization(AuthPolicies.Member);
        return app;
    }
}

/// <summary>The caller as the app sees them; <c>IsDemoData</c> tells the UI to label the tenant "demo data".</summary>
public sealed record MeResponse(string ObjectId, string DisplayName, string? UserPrincipalName, IReadOnlyList<string> Roles, bool IsDemoData);
