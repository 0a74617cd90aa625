using System.Text.Json;
using System.Text.Json.Serialization;

namespace M365Nis2.Teams;

/// <summary>
/// A Bot Framework activity (the connector protocol's unit). Only what this app uses is typed; everything else the
/// channel sends survives a round trip through <see cref="Extra"/>.
/// </summary>
public sealed class Activity
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? Text { get; set; }

    public string? TextFormat { get; set; }

    /// <summary>Shown in notifications when the message carries only a card.</summary>
    public string? Summary { get; set; }

    public string? Locale { get; set; }

    public string? ReplyToId { get; set; }

    /// <summary>Invoke name, e.g. "adaptiveCard/action".</summary>
    public string? Name { get; set; }

    /// <summary>conversationUpdate / installationUpdate: "add", "remove", "add-upgrade", …</summary>
    public string? Action { get; set; }

    public JsonElement? Value { get; set; }

    public JsonElement? ChannelData { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>channelData.tenant.id, falling back to conversation.tenantId.</summary>
    public string? TenantId => ChannelDataString("tenant", "id") ?? Conversation?.TenantId;

    /// <summary>channelData.tenant.id alone (the trust check compares it and conversation.tenantId separately).</summary>
    public string? ChannelDataTenantId => ChannelDataString("tenant", "id");

    /// <summary>channelData.team.id (the team's thread id, "19:…@thread.tacv2").</summary>
    public string? TeamId => ChannelDataString("team", "id");

    /// <summary>channelData.team.aadGroupId: the team's Microsoft 365 group id.</summary>
    public string? TeamAadGroupId => ChannelDataString("team", "aadGroupId");

    /// <summary>channelData.channel.id (a Teams channel, not the Bot Framework channel id).</summary>
    public string? TeamsChannelId => ChannelDataString("channel", "id");

    public static Activity CreateMessage(string? text = null) => new() { Type = ActivityTypes.Message, Text = text };

    private string? ChannelDataString(string objectName, string property) =>
        ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty(objectName, out var obj) && obj.ValueKind == JsonValueKind.Object
        && obj.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}

public sealed class ChannelAccount
{
    /// <summary>"29:…" for users, "28:&lt;appId&gt;" for bots.</summary>
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary>The user's Entra object id.</summary>
    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class ConversationAccount
{
    public string? Id { get; set; }

    /// <summary>personal | groupChat | channel.</summary>
    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public bool? IsGroup { get; set; }

    public string? Name { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}

public sealed class Attachment
{
    public string? ContentType { get; set; }

    /// <summary>Inbound: a JsonElement. Outbound: any serializable object (e.g. an AdaptiveCard).</summary>
    public object? Content { get; set; }

    public Uri? ContentUrl { get; set; }

    public string? Name { get; set; }
}

public static class ActivityTypes
{
    public const string Message = "message";
    public const string Invoke = "invoke";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string AdaptiveCardAction = "adaptiveCard/action";
}

public static class BotJson
{
    /// <summary>Connector JSON: camelCase, case-insensitive reads, nulls left out.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
