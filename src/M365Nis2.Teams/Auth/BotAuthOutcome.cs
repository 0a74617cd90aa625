namespace M365Nis2.Teams.Auth;

/// <summary>The verdict on one inbound request; the endpoint does no work unless <see cref="Allowed"/>.</summary>
public sealed record BotAuthOutcome(int StatusCode, string? Reason, string? ServiceUrlClaim = null, IReadOnlyCollection<string>? Endorsements = null, bool IsBotFrameworkToken = false)
{
    public bool Allowed => StatusCode == StatusCodes.Status200OK;

    public static BotAuthOutcome Local { get; } = new(StatusCodes.Status200OK, null);

    public static BotAuthOutcome Unauthorized(string reason) => new(StatusCodes.Status401Unauthorized, reason);

    public static BotAuthOutcome Forbidden(string reason) => new(StatusCodes.Status403Forbidden, reason);

    /// <summary>
    /// The checks that need the activity: the token must have been issued for this serviceUrl, and (for Bot Framework
    /// tokens) the signing key must be endorsed for the activity's channel.
    /// </summary>
    public BotAuthOutcome CheckActivity(Activity activity)
    {
        if (!Allowed || (ServiceUrlClaim is null && !IsBotFrameworkToken && Endorsements is null))
        {
            return this; // refused already, or local mode
        }
        if (IsBotFrameworkToken || ServiceUrlClaim is not null)
        {
            if (ServiceUrlClaim is null || activity.ServiceUrl is null
                || !string.Equals(ServiceUrlClaim.TrimEnd('/'), activity.ServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            {
                return Forbidden($"serviceurl claim '{ServiceUrlClaim}' does not match activity serviceUrl '{activity.ServiceUrl}'");
            }
        }
        if (IsBotFrameworkToken && (activity.ChannelId is null || Endorsements?.Contains(activity.ChannelId, StringComparer.Ordinal) != true))
        {
            return Forbidden($"signing key is not endorsed for channel '{activity.ChannelId}'");
        }
        return this;
    }

    /// <summary>
    /// What the bot itself must trust: the activity's tenant is the bot's tenant (channelData.tenant.id and
    /// conversation.tenantId, each when present, at least one present), and its serviceUrl is a connector host the bot
    /// may send its token to. Checked before routing, so a refused activity stores no conversation reference.
    /// </summary>
    public BotAuthOutcome CheckTrust(Activity activity, BotOptions options)
    {
        if (!Allowed)
        {
            return this;
        }
        if (!options.IsTrustedServiceUrl(Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var url) ? url : null))
        {
            return Forbidden($"serviceUrl '{activity.ServiceUrl}' is not a trusted connector host (Bot:AdditionalServiceUrlHosts)");
        }
        if (string.IsNullOrWhiteSpace(options.TenantId))
        {
            return this; // local mode without a configured tenant (the playground)
        }
        var fromChannelData = activity.ChannelDataTenantId;
        var fromConversation = activity.Conversation?.TenantId;
        if (fromChannelData is null && fromConversation is null)
        {
            return Forbidden("activity names no tenant (channelData.tenant.id / conversation.tenantId)");
        }
        foreach (var tenant in new[] { fromChannelData, fromConversation }.OfType<string>())
        {
            if (!string.Equals(tenant, options.TenantId, StringComparison.OrdinalIgnoreCase))
            {
                return Forbidden($"activity tenant '{tenant}' is not Bot:TenantId");
            }
        }
        return this;
    }
}
