using M365Nis2.Teams;

namespace M365Nis2.Teams.Cards;

public static class CardAttachments
{
    /// <summary>The card as a message attachment (contentType application/vnd.microsoft.card.adaptive).</summary>
    public static Attachment ToAttachment(this AdaptiveCard card) => new() { ContentType = AdaptiveCard.ContentType, Content = card };

    /// <summary>A message activity carrying just this card (summary text for notifications from fallbackText).</summary>
    public static Activity ToActivity(this AdaptiveCard card) => new()
    {
        Type = ActivityTypes.Message,
        Summary = card.FallbackText,
        Attachments = [card.ToAttachment()],
    };
}
