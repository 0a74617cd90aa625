using M365Nis2.Teams;
using M365Nis2.Web.Features.Demo;

namespace M365Nis2.Web.Features.Tasks;

public static class TasksFeature
{
    /// <summary>
    /// Follow-up tasks: the <see cref="IFollowUpTasks"/> contract other features open work through, the owner's card and
    /// its actions, reminders and the annual wheel (one leased job), the API.
    /// </summary>
    public static IHostApplicationBuilder AddTasks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TasksOptions>().BindConfiguration(TasksOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TaskStore>();
        services.AddSingleton<FollowUpTasks>();
        services.AddSingleton<IFollowUpTasks>(sp => sp.GetRequiredService<FollowUpTasks>());
        services.AddSingleton<TaskCards>();
        services.AddSingleton<TaskNotifier>();
        services.AddSingleton<TaskRecords>();
        services.AddSingleton<TaskWorkflow>();
        services.AddSingleton<TaskService>();
        services.AddDemoStoryPart<TaskDemoStory>();
        services.AddOptions<WheelOptions>().BindConfiguration(WheelOptions.Section);
        services.AddSingleton<WheelScheduler>();
        services.AddSingleton<CalendarFeed>();
        services.AddSingleton<TaskJob>();
        services.AddHostedService(sp => sp.GetRequiredService<TaskJob>());
        services.AddCardAction<CompleteTaskAction>(TaskCards.CompleteVerb);
        services.AddCardAction<ExtendTaskAction>(TaskCards.ExtendVerb);
        services.AddCardAction<DecideTaskAction>(TaskCards.DecideVerb);
        services.AddCardAction<RefreshTaskAction>(TaskCards.RefreshVerb);
        services.AddCardSamples<TaskCardSamples>();
        return builder;
    }

    public static WebApplication MapTasks(this WebApplication app) => app.MapTaskEndpoints();
}
