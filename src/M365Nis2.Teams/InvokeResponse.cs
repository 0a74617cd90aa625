using System.Text.Json.Serialization;
using M365Nis2.Teams.Cards;

namespace M365Nis2.Teams;

/// <summary>
/// The body of the HTTP 200 answer to an adaptiveCard/action invoke. The HTTP status stays 200; the protocol status
/// lives in <see cref="StatusCode"/>.
/// </summary>
public sealed class InvokeResponse
{
    public const string CardType = AdaptiveCard.ContentType;
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; init; } = 200;

    public string? Type { get; init; }

    public object? Value { get; init; }

    /// <summary>Replaces the card for the user who clicked.</summary>
    public static InvokeResponse Card(AdaptiveCard card) => new() { Type = CardType, Value = card };

    /// <summary>Shows a short message (the card stays as it is).</summary>
    public static InvokeResponse Message(string text) => new() { Type = MessageType, Value = text };

    /// <summary>400 for bad data from the client; the user sees the message.</summary>
    public static InvokeResponse BadRequest(string code, string message) =>
        new() { StatusCode = 400, Type = ErrorType, Value = new InvokeError(code, message) };

    public static InvokeResponse Error(int statusCode, string code, string message) =>
        new() { StatusCode = statusCode, Type = ErrorType, Value = new InvokeError(code, message) };
}

public sealed record InvokeError(
    [property: JsonPropertyName("code")] string Code,
    [property: JsonPropertyName("message")] string Message);
