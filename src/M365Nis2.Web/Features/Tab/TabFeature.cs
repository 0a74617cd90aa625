namespace M365Nis2.Web.Features.Tab;

public static class TabFeature
{
    /// <summary>The per-control view and manual evidence upload behind the Teams tab. Needs AddVault and AddControls.</summary>
    public static IHostApplicationBuilder AddTab(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<RouteOptions>(o => o.SetParameterPolicy<TabPageConstraint>(TabPageConstraint.Name));
        builder.Services.AddSingleton<TrainingHistory>();
        builder.Services.AddSingleton<ControlOverview>();
        builder.Services.AddSingleton<ManualEvidenceUpload>();
        return builder;
    }

    /// <summary>Static files (wwwroot: the tab shell, its modules, CSS, i18n, vendored teams-js), shell routes and the tab's API.</summary>
    public static WebApplication MapTab(this WebApplication app)
    {
        app.UseStaticFiles();
        app.MapTabShell();
        app.MapTabEndpoints();
        return app;
    }
}
