namespace M365Nis2.Web.Infrastructure.Auth;

/// <summary>
/// Cross-site request forgery guard for the browser session cookie (bearer tokens and the dev header are not sent by
/// a browser on its own, so they need none). An unsafe request (POST, PUT, PATCH, DELETE) that would be authenticated
/// by the session cookie must (1) come from this site: Origin (or, without it, Referer) names this host, and (2) under
/// /api carry <c>X-Requested-With: M365Nis2</c>, a header no form or image can send and no other site can add without a
/// CORS preflight this app never grants. The tab's fetch helper always sends it. Chosen over antiforgery tokens because
/// the tab is static files with no server-rendered form to carry a token, and it covers multipart uploads the same way.
/// </summary>
public sealed class SessionCsrfGuard(RequestDelegate next, ILogger<SessionCsrfGuard> logger)
{
    public const string HeaderName = "X-Requested-With";
    public const string HeaderValue = "M365Nis2";

    public async Task InvokeAsync(HttpContext context)
    {
        if (IsSessionRequest(context) && Refusal(context) is { } reason)
        {
            logger.LogWarning("Refused {Method} {Path} under the session cookie: {Reason}", context.Request.Method, context.Request.Path, reason);
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            await Results.Problem(reason, statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused").ExecuteAsync(context);
            return;
        }
        await next(context);
    }

    /// <summary>An unsafe method, the session cookie present and no bearer token: the cookie is what would authenticate it.</summary>
    private static bool IsSessionRequest(HttpContext context) =>
        !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method) || HttpMethods.IsTrace(context.Request.Method))
        && context.Request.Cookies.ContainsKey(BrowserSignIn.CookieName)
        && BrowserSignIn.SchemeFor(context) == BrowserSignIn.CookieScheme;

    private static string? Refusal(HttpContext context)
    {
        var source = context.Request.Headers.Origin.ToString() is { Length: > 0 } origin ? origin : context.Request.Headers.Referer.ToString();
        if (source.Length > 0 && !SameHost(source, context.Request.Host))
        {
            return $"The request came from another site ({source}).";
        }
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            return string.Equals(context.Request.Headers[HeaderName], HeaderValue, StringComparison.Ordinal)
                ? null
                : $"Requests under the browser session need the header {HeaderName}: {HeaderValue}.";
        }
        return source.Length == 0 ? "A form post needs an Origin header naming this site." : null;
    }

    // Host and port only: behind App Service's TLS front end the app may see http while the browser says https.
    private static bool SameHost(string source, HostString host) =>
        Uri.TryCreate(source, UriKind.Absolute, out var uri) && string.Equals(uri.Authority, host.Value, StringComparison.OrdinalIgnoreCase);
}
