using M365Nis2.Web.Features.Controls;

namespace M365Nis2.Web.Features.Exercises;

public static class ExercisesFeature
{
    /// <summary>
    /// Continuity exercises and restore tests (Art. 21(2)(c), (f)): recorded by the CISO, signed into the vault, each
    /// lesson learned a follow-up task; the (c) and (f) status in the controls overview.
    /// </summary>
    public static IHostApplicationBuilder AddExercises(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton<ExerciseStore>();
        services.AddSingleton<ExerciseService>();
        services.AddControlStatusProvider<ExerciseControlStatusProvider>();
        return builder;
    }

    public static WebApplication MapExercises(this WebApplication app) => app.MapExerciseEndpoints();
}
