using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Web.Infrastructure.Graph;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;
using Graph = Microsoft.Graph.Models;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>What one discovery read produced: the third-party apps with their permissions, or why it could not be read.</summary>
/// <param name="Requests">Graph requests made, for the signed discovery record.</param>
public sealed record TenantAppRead(Collected<IReadOnlyList<TenantApp>> Apps, int Requests, int ServicePrincipalsSeen);

/// <summary>
/// Reads, with the real Graph SDK and read-only permissions, the service principals owned by other organisations and what
/// they hold: servicePrincipals streamed page by page with <c>$select</c> (only third-party ones are kept), tenant-wide
/// delegated grants (<c>consentType eq 'AllPrincipals'</c>), then each third-party principal's app role assignments,
/// named through the resource's <c>appRoles</c>. Any refusal makes the whole read NotCollected with the permission to
/// grant: a partial list would look like "nothing risky" when it is "not known".
/// </summary>
public sealed class TenantAppReader(GraphServiceClient graph, ILogger<TenantAppReader> logger)
{
    internal const string ApplicationPermission = "Application.Read.All";
    internal const string GrantPermission = "DelegatedPermissionGrant.Read.All";
    internal static readonly string[] PrincipalSelect = ["id", "appId", "displayName", "appOwnerOrganizationId", "verifiedPublisher"];
    private static readonly string[] GrantSelect = ["clientId", "consentType", "resourceId", "scope"];
    private static readonly string[] AssignmentSelect = ["appRoleId", "resourceId", "resourceDisplayName"];
    private static readonly string[] ResourceSelect = ["id", "appId", "displayName", "appRoles"];

    public async Task<TenantAppRead> ReadAsync(string tenantId, CancellationToken ct)
    {
        var requests = 0;
        var seen = 0;
        var step = ApplicationPermission;
        try
        {
            var principals = new List<Graph.ServicePrincipal>();
            var spBuilder = graph.ServicePrincipals;
            var page = await spBuilder.GetAsync(r => { r.QueryParameters.Select = PrincipalSelect; r.QueryParameters.Top = 999; }, ct);
            while (page is not null)
            {
                requests++;
                seen += page.Value?.Count ?? 0;
                principals.AddRange((page.Value ?? []).Where(sp => TenantApps.IsThirdParty(sp.AppOwnerOrganizationId?.ToString(), tenantId)));
                page = string.IsNullOrEmpty(page.OdataNextLink) ? null : await spBuilder.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: ct);
            }

            step = GrantPermission;
            var scopes = await TenantWideScopesAsync(principals.Select(p => p.Id!).ToHashSet(StringComparer.OrdinalIgnoreCase), () => requests++, ct);

            step = ApplicationPermission;
            var roleNames = new Dictionary<string, IReadOnlyDictionary<Guid, string>>(StringComparer.OrdinalIgnoreCase);
            var apps = new List<TenantApp>();
            foreach (var sp in principals)
            {
                var assignments = await graph.ServicePrincipals[sp.Id].AppRoleAssignments
                    .GetAsync(r => r.QueryParameters.Select = AssignmentSelect, ct);
                requests++;
                var names = new List<string>();
                foreach (var a in assignments?.Value ?? [])
                {
                    var resourceId = a.ResourceId?.ToString() ?? "";
                    if (!roleNames.TryGetValue(resourceId, out var roles))
                    {
                        roles = await RolesAsync(resourceId, ct);
                        requests++;
                        roleNames[resourceId] = roles;
                    }
                    // An unknown role id is kept by id, not dropped: the CISO should see that something is held.
                    names.Add(a.AppRoleId is { } id && roles.TryGetValue(id, out var name) ? name : $"{a.ResourceDisplayName}:{a.AppRoleId}");
                }

                apps.Add(new TenantApp(sp.Id!, sp.AppId ?? "", sp.DisplayName ?? sp.AppId ?? sp.Id!, sp.VerifiedPublisher?.DisplayName,
                    sp.AppOwnerOrganizationId?.ToString(), !string.IsNullOrEmpty(sp.VerifiedPublisher?.VerifiedPublisherId), names,
                    scopes.TryGetValue(sp.Id!, out var s) ? s : []));
            }

            return new(Collected.Ok<IReadOnlyList<TenantApp>>(apps), requests, seen);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var status = Status(step, e);
            logger.LogWarning("Supplier discovery not collected after {Requests} requests: {Status}", requests, status.Describe());
            return new(Collected.NotCollected<IReadOnlyList<TenantApp>>(status), requests, seen);
        }
    }

    private async Task<Dictionary<string, List<string>>> TenantWideScopesAsync(HashSet<string> clients, Action counted, CancellationToken ct)
    {
        var scopes = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var builder = graph.Oauth2PermissionGrants;
        var page = await builder.GetAsync(r =>
        {
            r.QueryParameters.Filter = "consentType eq 'AllPrincipals'";
            r.QueryParameters.Select = GrantSelect;
        }, ct);
        while (page is not null)
        {
            counted();
            foreach (var grant in page.Value ?? [])
            {
                // The filter is applied by Graph; checked again so a per-user grant never reads as tenant-wide.
                if (grant.ClientId is { } client && clients.Contains(client) && grant.ConsentType == "AllPrincipals")
                {
                    var list = scopes.TryGetValue(client, out var l) ? l : scopes[client] = [];
                    list.AddRange(AppPermissions.SplitScope(grant.Scope).Where(x => !list.Contains(x, StringComparer.OrdinalIgnoreCase)));
                }
            }
            page = string.IsNullOrEmpty(page.OdataNextLink) ? null : await builder.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: ct);
        }
        return scopes;
    }

    private async Task<IReadOnlyDictionary<Guid, string>> RolesAsync(string resourceId, CancellationToken ct)
    {
        var resource = await graph.ServicePrincipals[resourceId].GetAsync(r => r.QueryParameters.Select = ResourceSelect, ct);
        return (resource?.AppRoles ?? []).Where(r => r.Id is not null && r.Value is not null).ToDictionary(r => r.Id!.Value, r => r.Value!);
    }

    internal static CollectionStatus Status(string permission, Exception error) => error switch
    {
        ODataError e => GraphFailure.Classify(e) switch
        {
            GraphFailureKind.PermissionMissing => CollectionStatus.Forbidden(permission),
            GraphFailureKind.LicenceMissing => CollectionStatus.LicenceRequired("a Microsoft Entra ID licence"),
            _ => CollectionStatus.Failed(GraphFailure.Describe(e)),
        },
        _ => CollectionStatus.Failed($"{error.GetType().Name}: {error.Message}"),
    };
}
