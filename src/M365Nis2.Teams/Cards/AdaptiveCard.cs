using System.Text.Json;
using System.Text.Json.Serialization;

namespace M365Nis2.Teams.Cards;

/// <summary>
/// An Adaptive Card 1.5 (the newest Teams renders for bot-sent cards). Our own small model because the
/// AdaptiveCards package cannot be restored here; it serializes to the exact card JSON.
/// </summary>
public sealed class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyOrder(-10)]
    public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-9)]
    public string Version { get; init; } = "1.5";

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    /// <summary>Universal Actions refresh: each listed user (≤ 60) gets a user-specific view.</summary>
    public CardRefresh? Refresh { get; init; }

    [JsonPropertyName("msteams")]
    public TeamsCardProperties? Msteams { get; init; } = new();

    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, CardJson.Options);

    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, CardJson.Options);
}

public sealed class TeamsCardProperties
{
    public string Width { get; init; } = "Full";
}

public sealed class CardRefresh
{
    /// <summary>An <see cref="ExecuteAction"/>; typed as the base so the "type" discriminator is written.</summary>
    public required CardAction Action { get; init; }

    public IReadOnlyList<string>? UserIds { get; init; }
}

public static class CardJson
{
    /// <summary>Card JSON: camelCase, nulls left out, enums as the schema spells them.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
