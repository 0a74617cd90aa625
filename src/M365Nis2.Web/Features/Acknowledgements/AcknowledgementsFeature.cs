using M365Nis2.Teams;
using M365Nis2.Web.Features.Approvals;
using M365Nis2.Web.Features.Controls;

namespace M365Nis2.Web.Features.Acknowledgements;

public static class AcknowledgementsFeature
{
    /// <summary>
    /// Staff acknowledgement of approved policy versions: the approval hook, the paced "read and accept" card with its
    /// action, the tab's API, reminders, signed snapshots, and the (g) status.
    /// </summary>
    public static IHostApplicationBuilder AddAcknowledgements(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AcknowledgementsOptions>().BindConfiguration(AcknowledgementsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AcknowledgementStore>();
        services.AddSingleton<AcknowledgementService>();
        services.AddSingleton<IPolicyApprovalListener>(sp => sp.GetRequiredService<AcknowledgementService>());
        services.AddSingleton<AcknowledgementSnapshots>();
        services.AddSingleton<AcknowledgementCards>();
        services.AddCardSamples<AcknowledgementCardSamples>();
        services.AddCardAction<AcknowledgementCardAction>(AcknowledgementCards.AcknowledgeVerb);
        services.AddControlStatusProvider<AcknowledgementControlStatusProvider>();
        services.AddSingleton<AcknowledgementJob>();
        services.AddHostedService(sp => sp.GetRequiredService<AcknowledgementJob>());
        return builder;
    }

    public static WebApplication MapAcknowledgements(this WebApplication app) => app.MapAcknowledgementEndpoints();
}
