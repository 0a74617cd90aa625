using M365Nis2.Web.Infrastructure.Signing;

namespace M365Nis2.Web.Features.Vault;

public static class VaultFeature
{
    /// <summary>Signing certificate, artefact store, ledger and the <see cref="IEvidenceVault"/> other features call.</summary>
    public static IHostApplicationBuilder AddVault(this IHostApplicationBuilder builder)
    {
        builder.AddSigning();
        builder.Services.AddSingleton<ArtefactBlobStore>();
        builder.Services.AddSingleton<LedgerStore>();
        builder.Services.AddSingleton<ArtefactIndex>();
        builder.Services.AddSingleton<IEvidenceVault, EvidenceVault>();
        return builder;
    }

    public static WebApplication MapVault(this WebApplication app) => app.MapVaultEndpoints();
}
