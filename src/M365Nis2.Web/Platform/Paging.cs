using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace M365Nis2.Web.Platform;

/// <summary>
/// List endpoints answer one page: <c>?limit=</c> (default 100, at most 500) and <c>?offset=</c>. The body stays a plain
/// JSON array (the tab reads it as before); <c>X-Total-Count</c> says how many there are and a <c>Link: …; rel="next"</c>
/// header points at the next page while there is one.
/// </summary>
public static class Paging
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 500;

    /// <summary>The requested page of <paramref name="all"/>, or a 400 for a bad limit/offset.</summary>
    public static (IReadOnlyList<T> Page, ProblemHttpResult? Problem) Page<T>(HttpContext context, IReadOnlyList<T> all)
    {
        var query = context.Request.Query;
        if (!TryRead(query["limit"], DefaultLimit, out var limit) || limit is < 1 or > MaxLimit)
        {
            return ([], Bad("limit", $"'limit' must be a whole number from 1 to {MaxLimit}."));
        }
        if (!TryRead(query["offset"], 0, out var offset) || offset < 0)
        {
            return ([], Bad("offset", "'offset' must be a whole number of 0 or more."));
        }
        var page = all.Skip(offset).Take(limit).ToList();
        context.Response.Headers["X-Total-Count"] = all.Count.ToString(CultureInfo.InvariantCulture);
        if (offset + page.Count < all.Count)
        {
            var next = QueryHelpers.AddQueryString(context.Request.Path, new Dictionary<string, string?>(
                query.Where(q => q.Key is not ("limit" or "offset")).Select(q => KeyValuePair.Create(q.Key, (string?)q.Value.ToString())))
            {
                ["limit"] = limit.ToString(CultureInfo.InvariantCulture),
                ["offset"] = (offset + page.Count).ToString(CultureInfo.InvariantCulture),
            });
            context.Response.Headers.Link = $"<{next}>; rel=\"next\"";
        }
        return (page, null);
    }

    private static bool TryRead(string? text, int fallback, out int value)
    {
        value = fallback;
        return string.IsNullOrEmpty(text) || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static ProblemHttpResult Bad(string field, string message) =>
        TypedResults.Problem(message, statusCode: StatusCodes.Status400BadRequest, title: "Bad paging parameter",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });
}
