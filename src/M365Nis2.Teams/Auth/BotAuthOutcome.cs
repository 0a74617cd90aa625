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
}
