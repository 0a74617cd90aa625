using M365Nis2.Web.Features.Controls;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Evidence;

public static class SourcesRegistration
{
    /// <summary>The sources beyond (j), their options (<c>Evidence:Sources</c>, validated on start), runs and collector.</summary>
    public static IServiceCollection AddEvidenceSources(this IServiceCollection services)
    {
        services.AddOptions<SourcesOptions>().BindConfiguration(SourcesOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddEvidenceSource<SecureScoreSource>();
        services.AddEvidenceSource<IntuneSource>();
        services.AddEvidenceSource<DefenderSource>();
        services.AddEvidenceSource<EntraHygieneSource>();
        services.AddEvidenceSource<BackupSource>();
        services.AddSingleton<SourceRunStore>();
        services.AddSingleton<FindingTasks>();
        services.AddSingleton<SourceCollector>();
        services.AddSingleton<AutomatedEvidence>();
        services.AddControlStatusProvider<SourcesControlStatusProvider>();
        return services;
    }

    public static IServiceCollection AddEvidenceSource<T>(this IServiceCollection services)
        where T : class, IEvidenceSource
    {
        services.AddSingleton<IEvidenceSource, T>();
        return services;
    }
}
