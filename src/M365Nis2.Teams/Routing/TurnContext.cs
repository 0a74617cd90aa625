using System.Globalization;
using M365Nis2.Teams.Connector;
using M365Nis2.Teams.Cards;

namespace M365Nis2.Teams.Routing;

/// <summary>One inbound activity and the means to answer it (through the connector at the activity's serviceUrl).</summary>
public sealed class TurnContext(Activity activity, ConnectorClient connector)
{
    public Activity Activity { get; } = activity;

    /// <summary>The caller's Entra object id (null in the playground's anonymous users and for some system events).</summary>
    public string? CallerObjectId => Activity.From?.AadObjectId;

    public string? CallerName => Activity.From?.Name;

    /// <summary>da-* → Danish, anything else → English.</summary>
    public CultureInfo Culture { get; } = BotCulture.For(activity.Locale);

    /// <summary>The command word's arguments ("training status" → "status"); empty for non-command turns.</summary>
    public string CommandArguments { get; internal set; } = "";

    /// <summary>Sends an activity into the conversation of this turn; returns the new activity's id.</summary>
    public async Task<string?> SendAsync(Activity reply, CancellationToken ct)
    {
        reply.Type ??= ActivityTypes.Message;
        reply.From ??= Activity.Recipient;
        reply.Recipient ??= Activity.From;
        reply.Conversation ??= Activity.Conversation;
        reply.Locale ??= Activity.Locale;
        reply.ChannelId ??= Activity.ChannelId;
        var serviceUrl = new Uri(Activity.ServiceUrl!);
        var response = await connector.SendToConversationAsync(serviceUrl, Activity.Conversation!.Id!, reply, ct);
        return response.Id;
    }

    public Task<string?> SendAsync(AdaptiveCard card, CancellationToken ct) => SendAsync(card.ToActivity(), ct);

    public Task<string?> SendAsync(string text, CancellationToken ct) => SendAsync(Activity.CreateMessage(text), ct);
}

public static class BotCulture
{
    public static CultureInfo Danish { get; } = CultureInfo.GetCultureInfo("da-DK");

    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    public static CultureInfo For(string? locale) =>
        locale is not null && (locale.Equals("da", StringComparison.OrdinalIgnoreCase) || locale.StartsWith("da-", StringComparison.OrdinalIgnoreCase))
            ? Danish
            : English;

    /// <summary>Sets the UI culture for the current async flow (IStringLocalizer reads it) and restores it on dispose.</summary>
    public static IDisposable Use(CultureInfo culture) => new Scope(culture);

    private sealed class Scope : IDisposable
    {
        private readonly CultureInfo previous = CultureInfo.CurrentUICulture;
        private readonly CultureInfo previousFormat = CultureInfo.CurrentCulture;

        public Scope(CultureInfo culture)
        {
            CultureInfo.CurrentUICulture = culture;
            CultureInfo.CurrentCulture = culture;
        }

        public void Dispose()
        {
            CultureInfo.CurrentUICulture = previous;
            CultureInfo.CurrentCulture = previousFormat;
        }
    }
}
