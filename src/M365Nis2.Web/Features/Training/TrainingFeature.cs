using M365Nis2.Web.Features.Controls;
using M365Nis2.Teams;
using M365Nis2.Web.Features.Demo;

namespace M365Nis2.Web.Features.Training;

public static class TrainingFeature
{
    /// <summary>Art. 20(2) management training: courses, attendance, status, the training command, reminders and snapshots.</summary>
    public static IHostApplicationBuilder AddTraining(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TrainingOptions>().BindConfiguration(TrainingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TrainingStore>();
        services.AddScoped<TrainingService>();
        services.AddSingleton<TrainingClaimStore>();
        services.AddScoped<TrainingClaimService>();
        services.AddScoped<ClaimDecisionNotifier>();
        services.AddScoped<TrainingCertificates>();
        services.AddDemoStoryPart<TrainingDemoStory>();
        services.AddScoped<TrainingEvidence>();
        services.AddControlStatusProvider<TrainingControlStatusProvider>();
        services.AddScoped<TrainingCards>();
        services.AddCardSamples<TrainingCardSamples>();
        services.AddBotCommand<TrainingCommand>("training");
        services.AddHostedService<TrainingDailyJob>();
        return builder;
    }

    public static WebApplication MapTraining(this WebApplication app) => app.MapTrainingEndpoints().MapTrainingClaimEndpoints();
}
