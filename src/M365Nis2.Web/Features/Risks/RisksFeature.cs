using System.Text.Json.Serialization;
using M365Nis2.Domain.Risks;
using M365Nis2.Web.Features.Approvals;
using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Features.Demo;

namespace M365Nis2.Web.Features.Risks;

public static class RisksFeature
{
    /// <summary>Assets, risk register with history, method, decisions through the approval machinery, yearly assessment, SoA.</summary>
    public static IHostApplicationBuilder AddRisks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<RisksOptions>().BindConfiguration(RisksOptions.Section).ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Risks:TimeZone is not a known time zone.")
            .Validate(o => o.CheckInterval >= TimeSpan.FromMinutes(1) && o.CheckInterval <= TimeSpan.FromDays(1),
                "Risks:CheckInterval must be between 00:01:00 and 1.00:00:00 (a longer period would also overflow the job's timer).")
            .ValidateOnStart();
        // The risk enums read as names in the API (the tab and auditors read them); only these types, so no other
        // feature's JSON changes.
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter<Treatment>());
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter<RiskBand>());
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter<RiskGap>());
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter<AcceptanceDecision>());
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter<AcceptanceState>());
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter<AssetType>());
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter<Criticality>());
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter<ImplementationState>());
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter<TreatmentTaskKind>());
        });
        services.AddSingleton<RiskClock>();
        services.AddSingleton<RiskStore>();
        services.AddSingleton<AssetStore>();
        services.AddSingleton<GovernanceStore>();
        services.AddSingleton<RiskMethodService>();
        services.AddSingleton<RiskService>();
        services.AddDemoStoryPart<RiskDemoStory>();
        services.AddSingleton<AssetService>();
        services.AddSingleton<RiskSubjects>();
        services.AddSingleton<RiskDecisionService>();
        services.AddSingleton<TreatmentTaskOpener>();
        services.AddSingleton<AssessmentService>();
        services.AddSingleton<SoaService>();
        services.AddSingleton<RiskStatus>();
        services.AddSingleton<IRiskRegisterEntries, RiskRegisterEntries>();
        services.AddSingleton<AcceptanceReminderRunner>();
        services.AddHostedService<AcceptanceReminderJob>();
        services.AddApprovalSubjectHandler<AcceptanceDecidedHandler>();
        services.AddApprovalSubjectHandler<TreatmentDecidedHandler>();
        services.AddApprovalSubjectHandler<AssessmentDecidedHandler>();
        services.AddApprovalSubjectHandler<SoaDecidedHandler>();
        services.AddControlStatusProvider<RiskControlStatusProvider>();
        return builder;
    }

    public static WebApplication MapRisks(this WebApplication app) => app.MapRiskEndpoints().MapAssetAndSoaEndpoints();
}
