using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.AspNetCore.Authentication;

namespace M365Nis2.Web.Infrastructure.Auth;

public static class AuthExtensions
{
    /// <summary>Authentication schemes and the role policies every API uses.</summary>
    public static IHostApplicationBuilder AddAppAuth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new DemoDirectory());
        builder.Services.AddSingleton<IUserDirectory, DemoUserDirectory>();

        builder.Services.AddAuthentication(DevUserAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, DevUserAuthenticationHandler>(DevUserAuthenticationHandler.SchemeName, null);

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(AuthPolicies.Ciso, p => p.RequireAuthenticatedUser().RequireClaim(AppClaims.Role, AppRoles.Ciso))
            .AddPolicy(AuthPolicies.BoardOrCiso, p => p.RequireAuthenticatedUser().RequireClaim(AppClaims.Role, AppRoles.Ciso, AppRoles.Board))
            .AddPolicy(AuthPolicies.Member, p => p.RequireAuthenticatedUser().RequireClaim(AppClaims.Role, AppRoles.Ciso, AppRoles.Board, AppRoles.Employee));
        return builder;
    }
}
