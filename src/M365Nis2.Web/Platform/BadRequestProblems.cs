using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;

namespace M365Nis2.Web.Platform;

/// <summary>
/// Turns unreadable request bodies into 400 problem details that name the field, in every environment. Minimal APIs
/// throw <see cref="BadHttpRequestException"/> (with the <see cref="JsonException"/> inside) when binding fails
/// (<c>ThrowOnBadRequest</c> is on everywhere so the answer does not depend on the environment); endpoints that read
/// JSON themselves may throw the <see cref="JsonException"/> directly. Without this, Development answered 500 and
/// Production an empty 400.
/// </summary>
internal sealed class BadRequestProblems(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, field, message) = Describe(context, exception);
        if (status == 0 || context.Response.HasStarted)
        {
            return false;
        }
        context.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails =
            {
                Status = status,
                Title = status == StatusCodes.Status400BadRequest ? "Malformed request" : "Request not accepted",
                Detail = message,
                Extensions = { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } },
            },
        });
    }

    /// <summary>(0, …) when the exception is not about the request's input.</summary>
    internal static (int Status, string Field, string Message) Describe(HttpContext context, Exception exception)
    {
        var json = exception as JsonException ?? exception.InnerException as JsonException;
        if (json is not null)
        {
            var field = FieldOf(json.Path);
            return (StatusCodes.Status400BadRequest, field, field == "body"
                ? "The body is not valid JSON of the expected shape."
                : $"'{field}' has a value of the wrong type or format.");
        }
        if (exception is BadHttpRequestException bad)
        {
            if (bad.StatusCode == StatusCodes.Status400BadRequest && IsMissingBody(bad))
            {
                return (StatusCodes.Status400BadRequest, "body", $"A JSON body is required{Expected(context)}.");
            }
            return (bad.StatusCode, "request", bad.Message);
        }
        return (0, "", "");
    }

    private static bool IsMissingBody(BadHttpRequestException bad) =>
        bad.Message.Contains("no body was provided", StringComparison.OrdinalIgnoreCase)
        || bad.Message.Contains("Required parameter", StringComparison.OrdinalIgnoreCase) && bad.Message.Contains("body", StringComparison.OrdinalIgnoreCase);

    private static string Expected(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is { } type ? $" ({type.Name})" : "";

    /// <summary>"$.awareAt" → "awareAt", "$.quorum.n" → "quorum.n", "$" or none → "body".</summary>
    internal static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return "body";
        }
        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? "body" : field;
    }
}
