using M365Nis2.Teams;
using M365Nis2.Teams.Connector;
using M365Nis2.Web.Features.Board;
using M365Nis2.Web.Features.Demo;

namespace M365Nis2.Web.Features.Awareness;

public static class AwarenessFeature
{
    /// <summary>
    /// Awareness campaigns: launch + counts API, the quiz card action, the paced fan-out job; the module library (built-ins
    /// and the CISO's own, versioned modules: one lookup, <see cref="ModuleLibrary"/>) and the quiz in the tab.
    /// </summary>
    public static IHostApplicationBuilder AddAwareness(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AwarenessOptions>().BindConfiguration(AwarenessOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CampaignStore>();
        services.AddSingleton<RememberedRecipients>();
        services.AddSingleton<ModuleStore>();
        services.AddSingleton<ModuleLibrary>();
        services.AddSingleton<QuizCompletion>();
        services.AddScoped<ModuleAuthoring>();
        services.AddScoped<ModuleChanges>();
        services.AddSingleton<AudienceResolver>();
        services.AddSingleton<CampaignService>();
        services.AddDemoStoryPart<AwarenessDemoStory>();
        services.AddSingleton<IAwarenessProgress, AwarenessProgress>();
        services.AddBoardFactSource<AwarenessBoardFacts>();
        services.AddScoped<AwarenessCards>();
        services.AddCardSamples<AwarenessCardSamples>();
        services.AddCardAction<AwarenessSubmitAction>(AwarenessCards.SubmitVerb);
        services.AddSingleton<FanoutWakeUp>();
        services.AddHostedService<AwarenessFanoutJob>();
        services.AddSingleton<CampaignScheduleStore>();
        services.AddSingleton<CampaignSchedules>();
        services.AddSingleton<CampaignAdmin>();
        services.AddHostedService<AwarenessScheduleJob>();
        return builder;
    }

    public static WebApplication MapAwareness(this WebApplication app) => app.MapAwarenessEndpoints().MapCampaignAdminEndpoints().MapMyAwareness().MapModuleEndpoints();
}
