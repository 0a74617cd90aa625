using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Infrastructure.Graph;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Demo;

/// <summary><c>Demo</c>: the labelled demo story (scripts/run.sh turns it on; <c>--empty</c> leaves it off).</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary><c>Demo:SeedStory</c>: seed the demo story once into an empty store. Only with the built-in demo tenant.</summary>
    public bool SeedStory { get; set; }
}

/// <summary>The story as the tab shows it: null state when none was ever claimed.</summary>
public sealed record DemoStoryView(bool Enabled, string? State, DateTimeOffset? SeededAt, IReadOnlyList<string> Parts, string? Note);

[FeatureContract]
public static class DemoFeature
{
    /// <summary>
    /// The demo story: options (validated: never with a real tenant), the shiftable clock as the app's TimeProvider
    /// while seeding is on, the once-per-storage seeder and GET /api/demo/story. Call after AddPlatform.
    /// </summary>
    public static IHostApplicationBuilder AddDemo(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DemoOptions>, DemoOptionsValidator>();
        services.AddSingleton<DemoStoryStore>();
        if (builder.Configuration.GetValue<bool>("Demo:SeedStory"))
        {
            var inner = TimeProvider.System;
            var clock = new DemoClock(inner);
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            services.AddSingleton(clock);
        }
        else
        {
            services.AddSingleton(sp => new DemoClock(sp.GetRequiredService<TimeProvider>()));
        }
        services.AddSingleton<DemoStorySeeder>();
        services.AddHostedService(sp => sp.GetRequiredService<DemoStorySeeder>());
        return builder;
    }

    /// <summary>Registers a feature's part of the story (scoped: the seeder resolves the parts in one scope, so a part may use scoped services).</summary>
    public static IServiceCollection AddDemoStoryPart<T>(this IServiceCollection services) where T : class, IDemoStoryPart =>
        services.AddScoped<IDemoStoryPart, T>();

    public static WebApplication MapDemo(this WebApplication app)
    {
        app.MapGet("/api/demo/story", Story).RequireAuthorization(AuthPolicies.Member);
        return app;
    }

    private static async Task<Ok<DemoStoryView>> Story(DemoStoryStore store, IOptions<DemoOptions> options, CancellationToken ct)
    {
        var state = await store.FindAsync(ct);
        return TypedResults.Ok(new DemoStoryView(options.Value.SeedStory, state?.State,
            state?.State == DemoStoryStates.Seeded ? state.FinishedAt : null, state?.Parts ?? [], state?.Note));
    }

    private sealed class DemoOptionsValidator(IOptions<GraphOptions> graph) : IValidateOptions<DemoOptions>
    {
        public ValidateOptionsResult Validate(string? name, DemoOptions options) =>
            options.SeedStory && graph.Value.EffectiveAuth != GraphAuthMode.Demo
                ? ValidateOptionsResult.Fail("Demo:SeedStory needs the built-in demo tenant (Graph:Auth=Demo): the demo story is never seeded into a real tenant.")
                : ValidateOptionsResult.Success;
    }
}
