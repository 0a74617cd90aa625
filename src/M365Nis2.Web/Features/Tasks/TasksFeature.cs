namespace M365Nis2.Web.Features.Tasks;

public static class TasksFeature
{
    /// <summary>Follow-up tasks: the <see cref="IFollowUpTasks"/> contract other features open work through, and its store.</summary>
    public static IHostApplicationBuilder AddTasks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TasksOptions>().BindConfiguration(TasksOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TaskStore>();
        services.AddSingleton<FollowUpTasks>();
        services.AddSingleton<IFollowUpTasks>(sp => sp.GetRequiredService<FollowUpTasks>());
        return builder;
    }

    public static WebApplication MapTasks(this WebApplication app) => app;
}
