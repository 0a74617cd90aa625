using System.Net;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Platform;
using Microsoft.Net.Http.Headers;

namespace M365Nis2.Web.Features.Tab;

/// <summary>
/// The tab is one static page (wwwroot/tab/index.html) with client-side routes; every route Teams or a browser may open
/// answers with that shell. Also the privacy and terms pages the manifest links, and the dev user picker's user list.
/// </summary>
public static class TabShell
{
    /// <summary>
    /// Every client-side route (wwwroot/tab/js/pages.js) answers with the shell, so a new page needs no server change.
    /// The tab's own asset folders are excluded (<see cref="TabPageConstraint"/>).
    /// </summary>
    public const string ShellRoute = "/tab/{**page:" + TabPageConstraint.Name + "}";

    public static WebApplication MapTabShell(this WebApplication app)
    {
        app.MapGet("/tab", ServeShell).AllowAnonymous();
        app.MapGet(ShellRoute, ServeShell).AllowAnonymous().WithMetadata(new ClientPathRoute());
        // The host's root is the tab: someone who opens the bare address (or the App Service URL) lands on it.
        app.MapGet("/", () => TypedResults.Redirect("/tab/")).AllowAnonymous().ExcludeFromDescription();
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
