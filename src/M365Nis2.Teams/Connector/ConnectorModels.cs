using System.Text.Json;

namespace M365Nis2.Teams.Connector;

/// <summary>The connector's answer to a send/reply/update: the activity id it stored.</summary>
public sealed record ResourceResponse(string? Id);

/// <summary>Answer to POST /v3/conversations.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);

public sealed record PagedMembersResult(IReadOnlyList<ChannelAccount> Members, string? ContinuationToken);

/// <summary>A connector call that failed for good (after retries, or not retryable).</summary>
public class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message) : base(message)
    {
    }

    public ConnectorException(string message, Exception inner) : base(message, inner)
    {
    }

    public ConnectorException(int statusCode, string? code, string? subCode, string message) : base(message)
    {
        StatusCode = statusCode;
        Code = code;
        SubCode = subCode;
    }

    public int StatusCode { get; }

    public string? Code { get; }

    public string? SubCode { get; }

    /// <summary>Reads the connector error body ({"error":{"code","message"}}), wherever the subCode was put.</summary>
    internal static (string? Code, string? SubCode, string? Message) ParseError(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, null, null);
        }
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            var error = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.Object ? e : root;
            return (Str(error, "code"), Str(error, "subCode") ?? Str(root, "subCode") ?? InnerSubCode(error), Str(error, "message"));
        }
        catch (JsonException)
        {
            return (null, body.Contains("MessageWritesBlocked", StringComparison.Ordinal) ? "MessageWritesBlocked" : null, null);
        }
    }

    private static string? InnerSubCode(JsonElement error) =>
        error.TryGetProperty("innerHttpError", out var inner) && inner.ValueKind == JsonValueKind.Object ? Str(inner, "subCode") : null;

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

/// <summary>403 MessageWritesBlocked: the user blocked or uninstalled the bot. Never retried.</summary>
public sealed class UserOptedOutException : ConnectorException
{
    public const string SubCodeValue = "MessageWritesBlocked";

    public UserOptedOutException()
    {
    }

    public UserOptedOutException(string message) : base(message)
    {
    }

    public UserOptedOutException(string message, Exception inner) : base(message, inner)
    {
    }

    public UserOptedOutException(string? code, string message) : base(403, code, SubCodeValue, message)
    {
    }
}
