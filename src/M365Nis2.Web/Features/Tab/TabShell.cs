using System.Net;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Net.Http.Headers;

namespace M365Nis2.Web.Features.Tab;

/// <summary>
/// The tab is one static page (wwwroot/tab/index.html) with client-side routes; every route Teams or a browser may open
/// answers with that shell. Also the privacy and terms pages the manifest links, and the dev user picker's user list.
/// </summary>
public static class TabShell
{
    /// <summary>Client-side routes ("/tab" also answers "/tab/"); the manifest's static tabs and the configurable tab's contentUrl point at these.</summary>
    public static readonly string[] Routes =
        ["/tab", "/tab/control/{id}", "/tab/configure", "/tab/board-summary", "/tab/approvals", "/tab/training", "/tab/policies/{id}/{version}",
         "/tab/risks", "/tab/risks/{id}", "/tab/assets", "/tab/soa",
         "/tab/suppliers", "/tab/suppliers/{id}"];

    public static WebApplication MapTabShell(this WebApplication app)
    {
        foreach (var route in Routes)
        {
            app.MapGet(route, ServeShell).AllowAnonymous();
        }
        app.MapGet("/privacy", (IWebHostEnvironment env) => Page(env, "privacy.html")).AllowAnonymous();
        app.MapGet("/terms", (IWebHostEnvironment env) => Page(env, "terms.html")).AllowAnonymous();
        if (app.Environment.IsDevelopment())
        {
            // Exists only in Development, and even there answers loopback callers only (the same rule as X-Dev-User).
            app.MapGet("/api/dev/users", DevUsers).AllowAnonymous();
        }
        return app;
    }

    /// <summary>Only Teams and Microsoft 365 hosts (and the app itself) may frame the tab.</summary>
    public const string FrameAncestors = "frame-ancestors 'self' https://teams.microsoft.com https://*.teams.microsoft.com https://*.teams.cloud.microsoft " +
        "https://*.office.com https://*.cloud.microsoft https://*.microsoft365.com https://outlook.office.com";

    private static IResult ServeShell(HttpContext context, IWebHostEnvironment env)
    {
        context.Response.Headers[HeaderNames.CacheControl] = "no-cache";
        context.Response.Headers[HeaderNames.ContentSecurityPolicy] = FrameAncestors;
        return Page(env, "tab/index.html");
    }

    private static IResult Page(IWebHostEnvironment env, string path)
    {
        var file = env.WebRootFileProvider.GetFileInfo(path);
        return file.Exists && file.PhysicalPath is { } physical
            ? TypedResults.PhysicalFile(physical, "text/html; charset=utf-8")
            : TypedResults.Problem($"wwwroot/{path} is missing from this deployment.", statusCode: 500);
    }

    private static IResult DevUsers(HttpContext context, IHostEnvironment env, DemoDirectory directory)
    {
        if (!DevUserAuthenticationHandler.IsAllowed(env, context))
        {
            return TypedResults.Problem("The dev user list is served to loopback callers only.", statusCode: (int)HttpStatusCode.Forbidden);
        }
        var employees = directory.Users.Where(u => u.Kind == DemoUserKind.Employee).Take(3);
        var users = new[] { directory.Ciso }.Concat(directory.BoardMembers).Concat(employees).Concat(directory.Guests.Take(1))
            .Select(u => new DevUser(u.UserPrincipalName, u.DisplayName, u.Kind.ToString(), u.JobTitle));
        return TypedResults.Ok(users.ToList());
    }

    public sealed record DevUser(string Upn, string DisplayName, string Kind, string JobTitle);
}
