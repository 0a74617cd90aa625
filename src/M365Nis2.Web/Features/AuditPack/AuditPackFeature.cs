namespace M365Nis2.Web.Features.AuditPack;

public static class AuditPackFeature
{
    /// <summary>The audit pack (<c>GET /api/audit-pack</c>, mapped by <c>MapAuditPack</c>). Needs AddVault and AddControls.</summary>
    public static IHostApplicationBuilder AddAuditPack(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuditPackOptions>().BindConfiguration(AuditPackOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<AuditPackBuilder>();
        return builder;
    }
}
