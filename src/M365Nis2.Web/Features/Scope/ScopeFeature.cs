using M365Nis2.Web.Features.Approvals;

namespace M365Nis2.Web.Features.Scope;

public static class ScopeFeature
{
    /// <summary>
    /// Scope classification (Art. 2–3) and the registration record with its 14-day update duty (Art. 3(4), 27; Danish
    /// NIS 2-loven), each version signed into the vault; the IP-range drift check against Conditional Access named locations; the board approves the classification
    /// through the approval machinery.
    /// </summary>
    public static IHostApplicationBuilder AddScope(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ScopeOptions>().BindConfiguration(ScopeOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ScopeStore>();
        services.AddSingleton<ScopeApprovalStore>();
        services.AddSingleton<ScopeSubjects>();
        services.AddSingleton<ScopeApprovalService>();
        services.AddApprovalSubjectHandler<ScopeDecidedHandler>();
        services.AddSingleton<ScopeService>();
        services.AddSingleton<RegistrationService>();
        services.AddSingleton<RegistrationDriftCheck>();
        services.AddSingleton<IRegistrationChangeListener, RegistrationFollowUp>();
        return builder;
    }

    public static WebApplication MapScope(this WebApplication app) => app.MapScopeEndpoints();
}
