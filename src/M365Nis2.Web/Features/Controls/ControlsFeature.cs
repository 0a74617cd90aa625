using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace M365Nis2.Web.Features.Controls;

/// <summary>The public catalogue entry (<c>GET /api/catalogue</c>): regulatory text, no status.</summary>
public sealed record CatalogueEntry(string Id, string Kind, string Title, string TitleDa, IReadOnlyList<string> Iso27001);

/// <summary>
/// The NIS2 controls: the catalogue, the status contract every feature reports through (<see cref="IControlStatusProvider"/>)
/// and the overview that joins them. Controls depends on no other feature; features that report a status depend on it.
/// </summary>
[FeatureContract]
public static class ControlsFeature
{
    public static IHostApplicationBuilder AddControls(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ControlsService>();
        return builder;
    }

    /// <summary>The catalogue (anonymous: the configuration page needs it before sign-in) and the status overview (any member).</summary>
    public static WebApplication MapControls(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/catalogue", () => TypedResults.Ok(ControlCatalogue.Current.Controls.Select(c =>
            new CatalogueEntry(c.Id, c.Kind.ToString(), c.Title, c.TitleDa, c.Iso27001)).ToList())).AllowAnonymous();
        api.MapGet("/controls", ListControls).RequireAuthorization(AuthPolicies.Member);
        api.MapGet("/controls/{id}", GetControl).RequireAuthorization(AuthPolicies.Member);
        return app;
    }

    /// <summary>Registers a feature's <see cref="IControlStatusProvider"/> (singleton) for <c>GET /api/controls</c>.</summary>
    public static IServiceCollection AddControlStatusProvider<T>(this IServiceCollection services)
        where T : class, IControlStatusProvider
    {
        services.TryAddSingleton<T>();
        services.AddSingleton<IControlStatusProvider>(sp => sp.GetRequiredService<T>());
        return services;
    }

    private static async Task<Ok<IReadOnlyList<ControlSummary>>> ListControls(ControlsService controls, CancellationToken ct) =>
        TypedResults.Ok(await controls.ListAsync(ct));

    private static async Task<Results<Ok<ControlDetail>, NotFound>> GetControl(string id, ControlsService controls, System.Security.Claims.ClaimsPrincipal user,
        CancellationToken ct)
    {
        // Offender names (unregistered admins, users excluded from Conditional Access, inactive guests) are for the CISO and the board.
        return await controls.FindAsync(id, user.IsCiso() || user.IsBoardMember(), ct) is { } detail
            ? TypedResults.Ok(detail)
            : TypedResults.NotFound();
    }
}
