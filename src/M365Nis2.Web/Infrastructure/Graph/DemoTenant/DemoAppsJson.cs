namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>The demo apps in Graph's JSON shapes (servicePrincipal, appRoleAssignment, oAuth2PermissionGrant).</summary>
internal static class DemoAppsJson
{
    private static readonly string[] ApplicationMember = ["Application"];

    public static Dictionary<string, object?> ServicePrincipal(DemoServicePrincipal sp)
    {
        var json = new Dictionary<string, object?>
        {
            ["id"] = sp.Id,
            ["appId"] = sp.AppId,
            ["displayName"] = sp.DisplayName,
            ["appOwnerOrganizationId"] = sp.OwnerTenantId,
            ["servicePrincipalType"] = sp.Type,
            ["accountEnabled"] = true,
            ["verifiedPublisher"] = new Dictionary<string, object?>
            {
                ["displayName"] = sp.VerifiedPublisher,
                ["verifiedPublisherId"] = sp.VerifiedPublisher is null ? null : DemoIds.For("mpn:" + sp.VerifiedPublisher),
                ["addedDateTime"] = sp.VerifiedPublisher is null ? null : "2023-05-02T08:00:00Z",
            },
        };
        if (DemoApps.ResourceRoles.TryGetValue(sp.AppId, out var roles))
        {
            json["appRoles"] = roles.Select(r => new Dictionary<string, object?>
            {
                ["id"] = DemoApps.RoleId(sp.AppId, r),
                ["value"] = r,
                ["displayName"] = r,
                ["allowedMemberTypes"] = ApplicationMember,
                ["isEnabled"] = true,
            }).ToList();
        }
        return json;
    }

    public static List<Dictionary<string, object?>> AppRoleAssignments(DemoServicePrincipal sp) =>
    [
        .. sp.AppRoles.Select(r =>
        {
            var resource = DemoApps.Resource(r.ResourceAppId);
            return new Dictionary<string, object?>
            {
                ["id"] = DemoIds.For($"assignment:{sp.Id}:{r.ResourceAppId}:{r.Permission}"),
                ["appRoleId"] = DemoApps.RoleId(r.ResourceAppId, r.Permission),
                ["principalId"] = sp.Id,
                ["principalDisplayName"] = sp.DisplayName,
                ["principalType"] = "ServicePrincipal",
                ["resourceId"] = resource.Id,
                ["resourceDisplayName"] = resource.DisplayName,
                ["createdDateTime"] = "2024-09-12T10:15:00Z",
            };
        }),
    ];

    /// <summary>Every tenant-wide grant plus one per-user grant, so a filter on consentType is visibly needed.</summary>
    public static List<Dictionary<string, object?>> PermissionGrants()
    {
        var graph = DemoApps.Resource(DemoApps.GraphAppId);
        var grants = DemoApps.All.Where(s => s.DelegatedScopes.Count > 0).Select(s => Grant(s.Id, "AllPrincipals", null, graph.Id, s.DelegatedScopes)).ToList();
        grants.Add(Grant(DemoApps.All.First(s => s.DisplayName == "Expense Snap").Id, "Principal", DemoIds.For("user:0"), graph.Id, ["User.Read", "Mail.Read"]));
        return grants;
    }

    private static Dictionary<string, object?> Grant(string clientId, string consentType, string? principalId, string resourceId, IReadOnlyList<string> scopes) => new()
    {
        ["id"] = DemoIds.For($"grant:{clientId}:{consentType}:{principalId}"),
        ["clientId"] = clientId,
        ["consentType"] = consentType,
        ["principalId"] = principalId,
        ["resourceId"] = resourceId,
        ["scope"] = " " + string.Join(' ', scopes) + " ",
    };
}
