namespace M365Nis2.Teams.Conversations;

/// <summary>Everything needed to message a conversation later, outside a turn.</summary>
public sealed record ConversationReference
{
    public required Uri ServiceUrl { get; init; }

    public required string ConversationId { get; init; }

    /// <summary>personal | groupChat | channel.</summary>
    public string? ConversationType { get; init; }

    public string? TenantId { get; init; }

    /// <summary>The bot's channel account id ("28:&lt;appId&gt;").</summary>
    public string? BotId { get; init; }

    public string? UserId { get; init; }

    public string? UserAadObjectId { get; init; }

    public string? UserName { get; init; }

    public string? TeamId { get; init; }

    public string? TeamsChannelId { get; init; }

    public string? Locale { get; init; }

    public string ChannelId { get; init; } = "msteams";

    public ConversationStatus Status { get; init; } = ConversationStatus.Active;

    public DateTimeOffset UpdatedAt { get; init; }

    public static ConversationReference? FromActivity(Activity activity, DateTimeOffset now)
    {
        if (activity.ServiceUrl is null || activity.Conversation?.Id is null
            || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return null;
        }
        return new ConversationReference
        {
            ServiceUrl = serviceUrl,
            ConversationId = activity.Conversation.Id,
            ConversationType = activity.Conversation.ConversationType ?? (activity.Conversation.IsGroup == true ? "groupChat" : "personal"),
            TenantId = activity.TenantId,
            BotId = activity.Recipient?.Id,
            UserId = activity.From?.Id,
            UserAadObjectId = activity.From?.AadObjectId,
            UserName = activity.From?.Name,
            TeamId = activity.TeamId,
            TeamsChannelId = activity.TeamsChannelId,
            Locale = activity.Locale,
            ChannelId = activity.ChannelId ?? "msteams",
            UpdatedAt = now,
        };
    }

    public bool IsPersonal => ConversationType == "personal";
}

public enum ConversationStatus
{
    Active,
    Removed,
    OptedOut,
}
