namespace M365Nis2.Web.Features.Tab;

/// <summary>
/// The <c>tabpage</c> route constraint: any path under /tab/ except the tab's own asset folders (js, css, i18n). Those
/// are static files, so an unknown asset stays a 404 instead of answering with the shell. A named constraint keeps the
/// route readable in docs/security.md's role table (a regex would carry a '|' into the Markdown table).
/// </summary>
public sealed class TabPageConstraint : IRouteConstraint
{
    public const string Name = "tabpage";

    private static readonly string[] AssetFolders = ["js", "css", "i18n"];

    public bool Match(HttpContext? httpContext, IRouter? route, string routeKey, RouteValueDictionary values, RouteDirection routeDirection)
    {
        if (values.TryGetValue(routeKey, out var value) && value is string path && path.Length > 0)
        {
            var first = path.Split('/', 2)[0];
            return !AssetFolders.Contains(first, StringComparer.OrdinalIgnoreCase);
        }
        return true;
    }
}
