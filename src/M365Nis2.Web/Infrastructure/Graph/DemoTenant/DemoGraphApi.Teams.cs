using System.Collections.Concurrent;
using System.Text.Json;

namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>
/// Proactive installation in the demo tenant: the org catalogue holds the app; installing it for a licensed user
/// answers 201 (409 the second time) and is followed by Teams' installation event (<see cref="DemoGraphServerOptions.AppInstalled"/>);
/// guests, the break-glass account and the scan-to-mail accounts have no Teams licence and get Graph's 403 for that.
/// </summary>
internal sealed partial class DemoGraphApi
{
    private readonly ConcurrentDictionary<string, string> installations = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Installation requests (POSTs) per user id, whatever they were answered.</summary>
    public ConcurrentDictionary<string, int> InstallRequests { get; } = new(StringComparer.OrdinalIgnoreCase);

    private Task? TeamsRoute(HttpContext ctx, string[] segments, bool get) => (segments, get) switch
    {
        (["appCatalogs", "teamsApps"], true) => List(ctx, "appCatalogs/teamsApps", [CatalogApp()]),
        (["users", var id, "teamwork", "installedApps"], false) when HttpMethods.IsPost(ctx.Request.Method) => InstallAsync(ctx, id),
        (["users", var id, "teamwork", "installedApps"], true) => InstalledAppsAsync(ctx, id),
        (["users", var id, "teamwork", "installedApps", var installation, "chat"], true) => InstalledChatAsync(ctx, id, installation),
        _ => null,
    };

    private static bool HasTeamsLicence(DemoUser user) =>
        user is { IsGuest: false, AccountEnabled: true } && user.Kind is not (DemoUserKind.BreakGlass or DemoUserKind.ServiceAccount);

    private static Dictionary<string, object?> CatalogApp() => new()
    {
        ["id"] = DemoDirectory.TeamsAppCatalogId,
        ["externalId"] = DemoDirectory.TeamsAppManifestId,
        ["displayName"] = "M365Nis2",
        ["distributionMethod"] = "organization",
    };

    private async Task InstallAsync(HttpContext ctx, string id)
    {
        InstallRequests.AddOrUpdate(id, 1, (_, n) => n + 1);
        if (directory.Find(id) is not { } user)
        {
            await Error(ctx, 404, "NotFound", $"User '{id}' was not found.");
            return;
        }
        using var body = await JsonDocument.ParseAsync(ctx.Request.Body, cancellationToken: ctx.RequestAborted);
        var bind = body.RootElement.TryGetProperty("teamsApp@odata.bind", out var b) && b.ValueKind == JsonValueKind.String ? b.GetString() : null;
        if (bind is null || !bind.EndsWith("/appCatalogs/teamsApps/" + DemoDirectory.TeamsAppCatalogId, StringComparison.OrdinalIgnoreCase))
        {
            await Error(ctx, 400, "BadRequest", "teamsApp@odata.bind must name an app of the organisation's catalogue.");
            return;
        }
        if (options.RefuseAppInstall)
        {
            await Error(ctx, 403, "Forbidden", "Missing role permissions on the request. API requires one of 'TeamsAppInstallation.ReadWriteSelfForUser.All'.");
            return;
        }
        if (!HasTeamsLicence(user))
        {
            await Error(ctx, 403, "Forbidden", "Failed to get license information for the user. Ensure user has a valid Office365 license assigned to them.");
            return;
        }
        var installationId = DemoIds.For("installation:" + user.Id);
        if (!installations.TryAdd(user.Id, installationId))
        {
            await Error(ctx, 409, "Conflict", "App is already installed for the user.");
            return;
        }
        ctx.Response.StatusCode = 201;
        await Json(ctx, Installation(installationId, expand: false));
        await ctx.Response.CompleteAsync();
        // Teams follows a successful installation with the bot's installation event, a moment later.
        if (options.AppInstalled is { } installed && !options.LoseInstallEvents)
        {
            _ = Task.Run(async () =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50));
                await installed(user);
            });
        }
    }

    private Task InstalledAppsAsync(HttpContext ctx, string id)
    {
        if (directory.Find(id) is not { } user)
        {
            return Error(ctx, 404, "NotFound", $"User '{id}' was not found.");
        }
        var q = DemoGraphQuery.Parse(ctx.Request, options, out _);
        var wanted = q.EqualityOn("teamsApp/id");
        var expand = ctx.Request.Query["$expand"].ToString().Contains("teamsApp", StringComparison.OrdinalIgnoreCase);
        List<Dictionary<string, object?>> items = installations.TryGetValue(user.Id, out var installationId) && (wanted is null || wanted == DemoDirectory.TeamsAppCatalogId)
            ? [Installation(installationId, expand)]
            : [];
        return Json(ctx, Collection(ctx, $"users('{id}')/teamwork/installedApps", items));
    }

    private Task InstalledChatAsync(HttpContext ctx, string id, string installationId)
    {
        if (directory.Find(id) is not { } user || !installations.TryGetValue(user.Id, out var known) || known != installationId)
        {
            return Error(ctx, 404, "NotFound", "The installation was not found.");
        }
        return Json(ctx, new Dictionary<string, object?>
        {
            ["@odata.context"] = Metadata(ctx, $"users('{id}')/teamwork/installedApps('{installationId}')/chat/$entity"),
            ["id"] = $"19:{user.Id}_{DemoDirectory.TeamsAppCatalogId}@unq.gbl.spaces",
            ["chatType"] = "oneOnOne",
        });
    }

    private static Dictionary<string, object?> Installation(string installationId, bool expand)
    {
        var json = new Dictionary<string, object?>
        {
            ["@odata.type"] = "#microsoft.graph.userScopeTeamsAppInstallation",
            ["id"] = installationId,
        };
        if (expand)
        {
            json["teamsApp"] = CatalogApp();
        }
        return json;
    }
}
