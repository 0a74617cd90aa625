using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Platform;

/// <summary>
/// Size limits that hold before anything is buffered. Every request body is capped at <see cref="DefaultBytes"/>
/// (JSON and bot activities are small); an upload endpoint raises the cap for its own request to its configured limit
/// plus room for the form around the file, and refuses a declared Content-Length above it at once. A chunked body
/// that grows past the cap is cut off by the server while it is read (413 as well), so no upload is buffered in full
/// just to be refused afterwards.
/// </summary>
public static class UploadLimit
{
    public const long DefaultBytes = 1024 * 1024;

    /// <summary>Multipart boundaries and the small text fields around the file.</summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>Null when the request may be read (cap applied), else the 413 to answer.</summary>
    public static ProblemHttpResult? Apply(HttpRequest request, long fileLimitBytes, string settingName)
    {
        var cap = fileLimitBytes + FormOverheadBytes;
        if (request.ContentLength > cap)
        {
            return TooLarge(fileLimitBytes, settingName);
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = cap;
        }
        return null;
    }

    public static ProblemHttpResult TooLarge(long fileLimitBytes, string settingName) =>
        CodedProblems.Of(RequestTexts.UploadLargerThan.With(fileLimitBytes, settingName), StatusCodes.Status413PayloadTooLarge,
            RequestTexts.UploadTooLargeTitle.With());

    /// <summary>True when reading the body failed because it exceeded the cap.</summary>
    public static bool IsTooLarge(Exception e) => e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };
}
