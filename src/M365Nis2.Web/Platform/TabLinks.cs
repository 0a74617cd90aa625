using System.Text.Json;
using M365Nis2.Web.Infrastructure.Graph;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;

namespace M365Nis2.Web.Platform;

/// <summary>
/// Links from bot cards to a page of the tab. In Teams a plain https link opens the browser, outside Teams and without
/// the user's Teams session; a Teams deep link to the app's personal tab (entity <see cref="EntityId"/>) with the page as
/// <c>subEntityId</c> opens the tab in Teams, and the tab's shell goes to that page (host.js reads
/// <c>context.page.subPageId</c>). Without the manifest id (<c>AppInstall:ManifestAppId</c>, TEAMS_APP_ID) there is no
/// deep link to make, and the link is the page's web address (<c>App:PublicBaseUrl</c>).
/// </summary>
public sealed class TabLinks(IConfiguration configuration, IGraphTenantInfo tenant)
{
    /// <summary>The manifest's first static tab, whose content URL is the tab's start page.</summary>
    public const string EntityId = "evidence";

    /// <summary>The page's web address, e.g. <c>/tab/control/art21.2.h</c> under App:PublicBaseUrl (else the local default).</summary>
    public Uri Web(string path) => new($"{(configuration["App:PublicBaseUrl"] ?? "http://127.0.0.1:3978").TrimEnd('/')}{path}");

    /// <summary>A Teams deep link that opens <paramref name="path"/> in the tab, labelled <paramref name="label"/>; the web address when no app id is known.</summary>
    public Uri Page(string path, string label) => Page(path, label, Web(path));

    /// <summary>As <see cref="Page(string, string)"/> with the page's own web address (an approval round keeps the base it started with).</summary>
    public Uri Page(string path, string label, Uri web)
    {
        var appId = configuration["AppInstall:ManifestAppId"];
        if (string.IsNullOrWhiteSpace(appId) && tenant.IsDemo)
            appId = DemoDirectory.TeamsAppManifestId;
        if (string.IsNullOrWhiteSpace(appId))
            return web;
        var context = JsonSerializer.Serialize(new { subEntityId = path });
        return new($"https://teams.microsoft.com/l/entity/{Uri.EscapeDataString(appId)}/{EntityId}?webUrl={Uri.EscapeDataString(web.ToString())}"
            + $"&label={Uri.EscapeDataString(label)}&context={Uri.EscapeDataString(context)}");
    }
}
