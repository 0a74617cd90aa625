using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Graph;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;

namespace M365Nis2.Web.Features.Bot;

/// <summary>
/// The app's id in the organisation's Teams catalogue, which the install call binds to: configured, or looked up once
/// by the manifest id (the catalogue id differs from it for apps the organisation uploaded). A failed lookup is not
/// cached, so fixing the setting or the permission takes effect without a restart.
/// </summary>
public sealed class TeamsCatalogApp(GraphServiceClient graph, IGraphTenantInfo tenant, IOptions<AppInstallOptions> options)
{
    private string? resolved;

    /// <summary>The catalogue id, or the reason (for the CISO) why the app cannot be found.</summary>
    public async Task<(string? Id, CodedText? Problem)> ResolveAsync(CancellationToken ct)
    {
        if (resolved is not null)
        {
            return (resolved, null);
        }
        var o = options.Value;
        if (!string.IsNullOrWhiteSpace(o.CatalogAppId))
        {
            return (resolved = o.CatalogAppId, null);
        }
        var manifestId = string.IsNullOrWhiteSpace(o.ManifestAppId) && tenant.IsDemo ? DemoDirectory.TeamsAppManifestId : o.ManifestAppId;
        if (string.IsNullOrWhiteSpace(manifestId))
        {
            return (null, ReachTexts.TeamsIdMissing.With());
        }
        try
        {
            var apps = await graph.AppCatalogs.TeamsApps.GetAsync(r =>
            {
                r.QueryParameters.Filter = $"externalId eq '{manifestId.Replace("'", "''", StringComparison.Ordinal)}'";
                r.QueryParameters.Select = ["id", "externalId", "distributionMethod"];
            }, ct);
            var app = apps?.Value?.FirstOrDefault(a => a.DistributionMethod == Microsoft.Graph.Models.TeamsAppDistributionMethod.Organization) ?? apps?.Value?.FirstOrDefault();
            return app?.Id is { } id
                ? (resolved = id, null)
                : (null, ReachTexts.NotInCatalogue.With(manifestId));
        }
        catch (ODataError e) when (GraphFailure.Classify(e) == GraphFailureKind.PermissionMissing)
        {
            return (null, ReachTexts.CataloguePermission.With());
        }
    }
}
