using M365Nis2.Teams;
using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Infrastructure.Graph;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using M365Nis2.Web.Features.Demo;

namespace M365Nis2.Web.Features.Evidence;

public static class EvidenceFeature
{
    /// <summary>
    /// Art. 21(2)(j) evidence: options (<c>Evidence</c>, validated on start), the Graph collector with its reports pacer,
    /// the single-runner guard, runs, the scheduled job and the art21.2.j status provider.
    /// Needs <c>AddGraph()</c>, <c>AddVault()</c> and <c>AddControls()</c>.
    /// </summary>
    public static IHostApplicationBuilder AddEvidence(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<EvidenceOptions>().BindConfiguration(EvidenceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<EvidenceOptions>, EvidenceOptionsValidator>();
        services.AddSingleton<IPostConfigureOptions<EvidenceOptions>, DemoBreakGlassDefault>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ReportsPacer>();
        services.AddSingleton(sp => new MfaCollector(sp.GetRequiredService<ReportsPacer>(), sp.GetRequiredService<IOptions<EvidenceOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<MfaCollector>>()));
        services.AddSingleton<RunGuard>();
        services.AddSingleton<EvidenceRunStore>();
        services.AddSingleton<EvidenceRunner>();
        services.AddDemoStoryPart<EvidenceDemoStory>();
        services.AddHostedService<EvidenceScheduler>();
        services.AddEvidenceSources();
        services.AddSingleton<MfaControlStatusProvider>();
        services.AddControlStatusProvider<MfaControlStatusProvider>();
        services.AddScoped<EvidenceCards>();
        services.AddCardSamples<EvidenceCardSamples>();
        services.AddBotCommand<EvidenceCommand>("evidence");
        services.AddSingleton<MeasuresOverviewReader>();
        services.AddScoped<MeasuresCards>();
        services.AddCardSamples<MeasuresCardSamples>();
        services.AddBotCommand<MeasuresCommand>("measures");
        services.AddCardAction<EvidenceRefreshAction>(EvidenceCards.RefreshVerb);
        return builder;
    }

    public static WebApplication MapEvidence(this WebApplication app) => app.MapEvidenceEndpoints().MapEvidenceSources();

    /// <summary>With the demo tenant and no break-glass account configured, the demo's own break-glass account is the one.</summary>
    private sealed class DemoBreakGlassDefault(IOptions<GraphOptions> graph) : IPostConfigureOptions<EvidenceOptions>
    {
        public void PostConfigure(string? name, EvidenceOptions options)
        {
            if (graph.Value.EffectiveAuth == GraphAuthMode.Demo && options.BreakGlassAccounts.Count == 0)
                options.BreakGlassAccounts.Add(DemoDirectory.BreakGlassUpn);
        }
    }
}
