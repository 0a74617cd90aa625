using M365Nis2.Teams;
using M365Nis2.Web.Features.Controls;

namespace M365Nis2.Web.Features.Suppliers;

public static class SuppliersFeature
{
    /// <summary>Art. 21(2)(d): the supplier register, assessments through the owner's chat, discovery of third-party apps in Entra.</summary>
    public static IHostApplicationBuilder AddSuppliers(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SuppliersOptions>().BindConfiguration(SuppliersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SupplierStore>();
        services.AddSingleton<DiscoveryStore>();
        services.AddSingleton<TenantAppReader>();
        services.AddSingleton<DiscoveryService>();
        services.AddSingleton<SupplierService>();
        services.AddSingleton<AssessmentCards>();
        services.AddSingleton<AssessmentService>();
        services.AddSingleton<ISupplierFindingFollowUp, SupplierFindingTasks>();
        services.AddCardAction<AssessmentSubmitAction>(AssessmentCards.SubmitVerb);
        services.AddCardSamples<AssessmentCardSamples>();
        services.AddControlStatusProvider<SupplierControlStatusProvider>();
        services.AddSingleton<SupplierReminderRunner>();
        services.AddHostedService<SupplierJob>();
        return builder;
    }

    public static WebApplication MapSuppliers(this WebApplication app) => app.MapSupplierEndpoints();
}
