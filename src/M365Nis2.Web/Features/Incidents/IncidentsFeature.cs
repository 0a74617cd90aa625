using M365Nis2.Web.Features.Board;
using M365Nis2.Web.Features.Controls;
using M365Nis2.Teams;
using M365Nis2.Web.Features.Demo;

namespace M365Nis2.Web.Features.Incidents;

public static class IncidentsFeature
{
    /// <summary>Incident register (Art. 23), the <c>incident</c> bot command and card actions, and the deadline reminder job.</summary>
    public static IHostApplicationBuilder AddIncidents(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<IncidentsOptions>().BindConfiguration(IncidentsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IncidentStore>();
        services.AddSingleton<IncidentCards>();
        services.AddSingleton<IncidentNotifier>();
        services.AddSingleton<IncidentService>();
        services.AddDemoStoryPart<IncidentDemoStory>();
        services.AddSingleton<IncidentReportingService>();
        services.AddSingleton<IncidentControlStatusService>();
        services.AddControlStatusProvider<IncidentControlStatusProvider>();
        services.AddBoardFactSource<IncidentBoardFacts>();
        services.AddSingleton<IncidentReminderRunner>();
        services.AddHostedService<IncidentReminderJob>();
        services.AddBotCommand<IncidentCommand>("incident");
        services.AddCardAction<ReportIncidentAction>(IncidentCards.ReportVerb);
        services.AddCardAction<ShowIncidentAction>(IncidentCards.ShowVerb);
        services.AddCardSamples<IncidentCardSamples>();
        return builder;
    }

    public static WebApplication MapIncidents(this WebApplication app) => app.MapIncidentEndpoints();
}
