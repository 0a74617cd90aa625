using M365Nis2.Teams;
using M365Nis2.Web.Features.Controls;

namespace M365Nis2.Web.Features.Suppliers;

public static class SuppliersFeature
{
    /// <summary>Art. 21(2)(d): the supplier register, assessments through the owner's chat, discovery of third-party apps in Entra.</summary>
    public static IHostApplicationBuilder AddSuppliers(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SuppliersOptions>().BindConfiguration(SuppliersOptions.Section).ValidateDataAnnotations()
            // PeriodicTimer refuses periods over ~49 days, and a job waking more often than every minute would only hammer Graph.
            .Validate(o => o.JobInterval >= TimeSpan.FromMinutes(1) && o.JobInterval <= TimeSpan.FromDays(7),
                "Suppliers:JobInterval must be between 00:01:00 and 7.00:00:00.")
            .Validate(o => o.FirstRunDelay >= TimeSpan.Zero && o.FirstRunDelay <= TimeSpan.FromDays(1),
                "Suppliers:FirstRunDelay must be between 00:00:00 and 1.00:00:00.")
            .ValidateOnStart();
        services.AddSingleton<SupplierStore>();
        services.AddSingleton<DiscoveryStore>();
        services.AddSingleton<TenantAppReader>();
        services.AddSingleton<DiscoveryService>();
        services.AddSingleton<SupplierLinks>();
        services.AddSingleton<SupplierService>();
        services.AddSingleton<AssessmentCards>();
        services.AddSingleton<AssessmentService>();
        services.AddSingleton<ISupplierFindingFollowUp, SupplierFindingTasks>();
        services.AddCardAction<AssessmentSubmitAction>(AssessmentCards.SubmitVerb);
        services.AddCardSamples<AssessmentCardSamples>();
        services.AddControlStatusProvider<SupplierControlStatusProvider>();
        services.AddSingleton<SupplierReminderRunner>();
        services.AddSingleton<SupplierRegisterSnapshots>();
        services.AddSingleton<SupplierJob>();
        services.AddHostedService(sp => sp.GetRequiredService<SupplierJob>());
        return builder;
    }

    public static WebApplication MapSuppliers(this WebApplication app) => app.MapSupplierEndpoints();
}
