using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>The Graph v1.0 routes the app calls, answered from the demo directory in Graph's JSON shapes.</summary>
internal sealed partial class DemoGraphApi(DemoDirectory directory, DemoGraphServerOptions options)
{
    private readonly DemoGraphCounts counts = new(directory, options);
    private const string UserCast = "/microsoft.graph.user";
    private readonly Dictionary<string, (string Name, string Description, Func<DemoUser, bool> IsMember, bool FixedOnly)> groups = new()
    {
        [DemoDirectory.BoardGroupId] = ("Board of Directors", "Members of the board (NIS2 Art. 20 management body)", u => u.Kind == DemoUserKind.Board, true),
        [DemoDirectory.SecurityTeamGroupId] = ("Security Team", "CISO and IT administrators", u => u.Kind is DemoUserKind.Ciso or DemoUserKind.ItAdmin, true),
        [DemoDirectory.LegacyPrinterExclusionGroupId] = ("CA-Exclusion-Legacy-Printers", "Scan-to-mail devices that cannot do MFA; excluded from CA001", u => u.Kind == DemoUserKind.ServiceAccount, true),
        [DemoDirectory.AllStaffGroupId] = ("All Staff", "Every employee", u => !u.IsGuest && u.Kind is not (DemoUserKind.BreakGlass or DemoUserKind.ServiceAccount), false),
    };

    private int FixedCount => directory.Users.Count - directory.EmployeeCount;

    public Task HandleAsync(HttpContext ctx, string path)
    {
        var segments = path.Trim('/').Split('/');
        var get = HttpMethods.IsGet(ctx.Request.Method);
        return (segments, get) switch
        {
            (["organization"], true) => Json(ctx, Collection(ctx, "organization", [Organization()])),
            (["users"], true) => UsersAsync(ctx),
            (["users", "$count"], true) => counts.UsersCountAsync(ctx),
            (["users", var id], true) => Entity(ctx, "users", directory.Find(id), u => DemoGraphJson.User(u), DemoGraphJson.UserDefaultSelect),
            (["users", var id, "checkMemberGroups" or "checkMemberObjects"], false) => CheckMemberGroupsAsync(ctx, id),
            (["groups", var id], true) when groups.TryGetValue(id, out var g) =>
                Json(ctx, With(DemoGraphJson.Group(id, g.Name, g.Description), "@odata.context", Metadata(ctx, "groups/$entity"))),
            (["groups", var id, "members" or "transitiveMembers", ..], true) when groups.ContainsKey(id) => MembersAsync(ctx, id),
            (["reports", "authenticationMethods", "userRegistrationDetails"], true) =>
                PageAsync(ctx, "reports/authenticationMethods/userRegistrationDetails", directory.Users.Count, counts.RegistrationRows(ctx.Request), null),
            (["reports", "authenticationMethods", var summary], true) when summary.StartsWith("usersRegisteredByFeature(", StringComparison.Ordinal) =>
                counts.RegisteredByFeatureAsync(ctx, summary),
            (["reports", "authenticationMethods", "userRegistrationDetails", var id], true) =>
                Entity(ctx, "reports/authenticationMethods/userRegistrationDetails", directory.FindById(id), DemoGraphJson.RegistrationDetails, null),
            (["identity", "conditionalAccess", "policies"], true) =>
                Json(ctx, Collection(ctx, "identity/conditionalAccess/policies", DemoPolicies.ConditionalAccess(directory))),
            (["identity", "conditionalAccess", "namedLocations"], true) =>
                Json(ctx, Collection(ctx, "identity/conditionalAccess/namedLocations", DemoNamedLocations.All())),
            (["policies", "identitySecurityDefaultsEnforcementPolicy"], true) => Json(ctx, DemoPolicies.SecurityDefaults()),
            (["policies", "authenticationMethodsPolicy"], true) => Json(ctx, DemoPolicies.AuthenticationMethods()),
            (["roleManagement", "directory", "roleAssignments"], true) => RoleAssignmentsAsync(ctx),
            (["servicePrincipals"], true) => PageAsync(ctx, "servicePrincipals", DemoApps.All.Count, i => DemoAppsJson.ServicePrincipal(DemoApps.All[i]), null),
            (["servicePrincipals", var id], true) => Entity(ctx, "servicePrincipals", DemoApps.Find(id), DemoAppsJson.ServicePrincipal, null),
            (["servicePrincipals", var id, "appRoleAssignments"], true) when DemoApps.Find(id) is { } sp =>
                PageAsync(ctx, "appRoleAssignments", sp.AppRoles.Count, i => DemoAppsJson.AppRoleAssignments(sp)[i], null),
            (["oauth2PermissionGrants"], true) => PageAsync(ctx, "oauth2PermissionGrants", DemoAppsJson.PermissionGrants().Count, i => DemoAppsJson.PermissionGrants()[i], null),
            _ => SourceRoute(ctx, segments, get) ?? TeamsRoute(ctx, segments, get)
                ?? Error(ctx, 404, "Request_ResourceNotFound", $"Resource '{path}' does not exist or one of its queried reference-property objects are not present."),
        };
    }

    private Task UsersAsync(HttpContext ctx)
    {
        var q = DemoGraphQuery.Parse(ctx.Request, options, out var error);
        if (error is not null)
        {
            return Error(ctx, 400, "Request_UnsupportedQuery", error);
        }
        // Exact UPN lookups are answered directly: scanning 100 000 generated users per sign-in would be silly.
        var upn = q.EqualityOn("userPrincipalName");
        if (upn is not null)
        {
            var user = directory.FindByUpn(upn);
            var items = user is null ? [] : new[] { DemoGraphJson.User(user) }.Where(q.Matches).Select(u => q.Project(u, DemoGraphJson.UserDefaultSelect)).ToList();
            return Json(ctx, Collection(ctx, "users", items));
        }
        return PageAsync(ctx, "users", directory.Users.Count, i => WithSignIns(q, directory.Users[i]), DemoGraphJson.UserDefaultSelect);
    }

    private Task MembersAsync(HttpContext ctx, string groupId)
    {
        var group = groups[groupId];
        var end = group.FixedOnly ? FixedCount : directory.Users.Count;
        return PageAsync(ctx, "directoryObjects", end, i =>
        {
            var user = directory.Users[i];
            return group.IsMember(user) ? DemoGraphJson.User(user, typed: true) : null;
        }, DemoGraphJson.UserDefaultSelect);
    }

    private async Task CheckMemberGroupsAsync(HttpContext ctx, string id)
    {
        var user = directory.Find(id);
        if (user is null)
        {
            await Error(ctx, 404, "Request_ResourceNotFound", $"Resource '{id}' does not exist or one of its queried reference-property objects are not present.");
            return;
        }
        using var body = await JsonDocument.ParseAsync(ctx.Request.Body, cancellationToken: ctx.RequestAborted);
        var asked = body.RootElement.TryGetProperty("groupIds", out var ids) || body.RootElement.TryGetProperty("ids", out ids)
            ? ids.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
            : [];
        var memberOf = asked.Where(g => groups.TryGetValue(g, out var group) && group.IsMember(user)).ToList();
        await Json(ctx, new Dictionary<string, object?> { ["@odata.context"] = Metadata(ctx, "Collection(Edm.String)"), ["value"] = memberOf });
    }

    private Task RoleAssignmentsAsync(HttpContext ctx)
    {
        var expand = ctx.Request.Query["$expand"].ToString().Contains("principal", StringComparison.OrdinalIgnoreCase);
        var items = DemoRoles.Assignments(directory).Select(a =>
        {
            var json = new Dictionary<string, object?>
            {
                ["id"] = DemoIds.For($"role-assignment:{a.RoleId}:{a.User.Id}"),
                ["principalId"] = a.User.Id,
                ["roleDefinitionId"] = a.RoleId,
                ["directoryScopeId"] = "/",
                ["appScopeId"] = null,
            };
            if (expand)
            {
                json["principal"] = DemoGraphJson.User(a.User, typed: true);
            }
            return json;
        }).ToList();
        var q = DemoGraphQuery.Parse(ctx.Request, options, out var error);
        return error is not null
            ? Error(ctx, 400, "Request_UnsupportedQuery", error)
            : Json(ctx, Collection(ctx, expand ? "roleManagement/directory/roleAssignments(principal())" : "roleManagement/directory/roleAssignments", items.Where(q.Matches).ToList()));
    }

    private Task PageAsync(HttpContext ctx, string context, int end, Func<int, Dictionary<string, object?>?> itemAt, IReadOnlyList<string>? defaultSelect, int? maxTop = null)
    {
        var q = DemoGraphQuery.Parse(ctx.Request, options, out var error, maxTop);
        if (error is not null)
        {
            return Error(ctx, 400, "Request_UnsupportedQuery", error);
        }
        var items = new List<Dictionary<string, object?>>(Math.Min(q.Top, 1000));
        var i = q.Start;
        for (; i < end && items.Count < q.Top; i++)
        {
            var item = itemAt(i);
            if (item is not null && q.Matches(item))
            {
                items.Add(q.Project(item, defaultSelect));
            }
        }
        var body = new Dictionary<string, object?> { ["@odata.context"] = Metadata(ctx, context) };
        if (i < end)
        {
            body["@odata.nextLink"] = NextLink(ctx.Request, i);
        }
        body["value"] = items;
        return Json(ctx, body);
    }

    private static Task Entity<T>(HttpContext ctx, string set, T? item, Func<T, Dictionary<string, object?>> toJson, IReadOnlyList<string>? defaultSelect)
        where T : class
    {
        if (item is null)
        {
            return Error(ctx, 404, "Request_ResourceNotFound", $"Resource '{ctx.Request.Path}' does not exist or one of its queried reference-property objects are not present.");
        }
        var q = DemoGraphQuery.Parse(ctx.Request, new DemoGraphServerOptions(), out _);
        return Json(ctx, With(q.Project(toJson(item), defaultSelect), "@odata.context", Metadata(ctx, set + "/$entity")));
    }

    private Dictionary<string, object?> Organization() => new()
    {
        ["id"] = DemoDirectory.TenantId,
        ["displayName"] = DemoDirectory.OrganisationName,
        ["countryLetterCode"] = "DK",
        ["preferredLanguage"] = "da",
        ["tenantType"] = "AAD",
        ["verifiedDomains"] = new[]
        {
            new Dictionary<string, object?> { ["capabilities"] = "Email, OfficeCommunicationsOnline", ["isDefault"] = true, ["isInitial"] = true, ["name"] = DemoDirectory.Domain, ["type"] = "Managed" },
        },
        ["employees"] = directory.EmployeeCount,
    };

    private static Dictionary<string, object?> Collection<T>(HttpContext ctx, string context, IReadOnlyList<T> items) =>
        new() { ["@odata.context"] = Metadata(ctx, context), ["value"] = items };

    private static Dictionary<string, object?> With(Dictionary<string, object?> item, string key, object? value)
    {
        var result = new Dictionary<string, object?> { [key] = value };
        foreach (var kv in item)
        {
            result[kv.Key] = kv.Value;
        }
        return result;
    }

    private static string Metadata(HttpContext ctx, string context) => $"{ctx.Request.Scheme}://{ctx.Request.Host}/v1.0/$metadata#{context}";

    private static string NextLink(HttpRequest request, int nextIndex)
    {
        var query = request.Query.Where(kv => !string.Equals(kv.Key, "$skiptoken", StringComparison.OrdinalIgnoreCase))
            .Select(kv => new KeyValuePair<string, StringValues>(kv.Key, kv.Value))
            .Append(new KeyValuePair<string, StringValues>("$skiptoken", DemoGraphQuery.Token(nextIndex)));
        return $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}{QueryString.Create(query)}";
    }

    internal static Task Error(HttpContext ctx, int status, string code, string message)
    {
        ctx.Response.StatusCode = status;
        return Json(ctx, DemoGraphJson.Error(code, message));
    }

    internal static Task Json(HttpContext ctx, object body)
    {
        ctx.Response.ContentType = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";
        return JsonSerializer.SerializeAsync(ctx.Response.Body, body, body.GetType(), cancellationToken: ctx.RequestAborted);
    }
}
