using Microsoft.Net.Http.Headers;

namespace M365Nis2.Web.Features.Vault;

/// <summary>
/// Artefacts are uploaded by people (an HTML or SVG file renamed to .txt, a PDF with script): served from the app's
/// own origin they must never render as a page there. nosniff stops the browser guessing HTML from the bytes, the
/// download name (<c>Content-Disposition: attachment</c>, set by the file result) saves instead of rendering, and the
/// sandbox CSP makes anything that does render anyway an origin-less page without script.
/// </summary>
public static class DownloadHeaders
{
    public const string Policy = "sandbox; default-src 'none'";

    public static void Apply(HttpResponse response)
    {
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        response.Headers[HeaderNames.ContentSecurityPolicy] = Policy;
    }
}
