using M365Nis2.Domain.Texts;
using M365Nis2.Teams;
using M365Nis2.Teams.Conversations;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Features.Bot;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>
/// Sends each approver their card and later replaces it; the connector's outbound budget keeps it under Teams' limits
/// (a vote's card updates run inside the voter's turn, so they go before any campaign). Each card is rendered in the approver's own language.
/// An approver for whom the app is being installed gets the card from the sweep once the installation event is due.
/// </summary>
public sealed class CardFanOut(
    ProactiveMessenger messenger,
    IConversationReferenceStore references,
    ApprovalRoundStore store,
    ApprovalCards cards,
    WaitingDeliveries waiting,
    INotices notices,
    TimeProvider time,
    ILogger<CardFanOut> logger)
{
    public const string Sent = "Sent";
    public const string NotReached = "NotReached";
    public const string OptedOut = "OptedOut";

    /// <summary>What is known about each approver's 1:1 chat before sending: Teams user id and locale.</summary>
    public async Task<IReadOnlyDictionary<string, ConversationReference?>> ReferencesAsync(IEnumerable<string> objectIds, CancellationToken ct)
    {
        var found = new Dictionary<string, ConversationReference?>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in objectIds)
        {
            found[id] = await references.FindPersonalByAadObjectIdAsync(id, ct);
        }
        return found;
    }

    public async Task<IReadOnlyList<CardDelivery>> SendAsync(StoredRound round, IReadOnlyDictionary<string, ConversationReference?> known, CancellationToken ct)
    {
        var userIds = known.Values.Select(r => r?.UserId).OfType<string>().ToList();
        var deliveries = new List<CardDelivery>();
        foreach (var approver in round.Round.Approvers)
        {
            var delivery = await SendOneAsync(round, approver.ObjectId, known.GetValueOrDefault(approver.ObjectId), userIds, ct);
            await store.SaveDeliveryAsync(round.RoundId, delivery, ct);
            deliveries.Add(delivery);
        }
        return deliveries;
    }

    /// <summary>
    /// Sends the card to approvers for whom the app was being installed, once their retry is due (claimed per approver,
    /// so one instance sends it). True when someone was reached, so their card joins the round's updates.
    /// </summary>
    public async Task<bool> RetryWaitingAsync(StoredRound round, CancellationToken ct)
    {
        var reached = false;
        foreach (var (objectId, etag) in await waiting.DueAsync(round.RoundId, time.GetUtcNow(), ct))
        {
            if (!await waiting.TryClaimAsync(round.RoundId, objectId, etag, ct))
            {
                continue;
            }
            var userIds = (await store.DeliveriesAsync(round.RoundId, ct)).Select(d => d.TeamsUserId).OfType<string>().ToList();
            var reference = await references.FindPersonalByAadObjectIdAsync(objectId, ct);
            var delivery = await SendOneAsync(round, objectId, reference, reference?.UserId is { } u ? [.. userIds, u] : userIds, ct);
            await store.SaveDeliveryAsync(round.RoundId, delivery, ct);
            reached |= delivery.Status == Sent;
        }
        return reached;
    }

    private async Task<CardDelivery> SendOneAsync(StoredRound round, string objectId, ConversationReference? reference, IReadOnlyList<string> userIds, CancellationToken ct)
    {
        var locale = reference?.Locale;
        Teams.Activity activity;
        using (BotCulture.Use(BotCulture.For(locale)))
        {
            activity = Teams.Cards.CardAttachments.ToActivity(cards.Approval(round, objectId, [.. userIds]));
        }
        return await TrySendAsync(objectId, activity, ct) switch
        {
            ProactiveResult.Sent s => new CardDelivery(objectId, Sent, s.ConversationId, s.ActivityId, reference?.UserId, null, locale),
            ProactiveResult.OptedOut => CardDelivery.NotReachedBy(objectId, OptedOut, reference?.UserId, ReachTexts.OptedOut.With(), locale),
            ProactiveResult.NoConversation { RetryAfter: { } wait } n => CardDelivery.NotReachedBy(objectId, NotReached, null, n.Coded(), locale, time.GetUtcNow() + wait),
            ProactiveResult.NoConversation n => CardDelivery.NotReachedBy(objectId, NotReached, null, n.Coded(), locale),
            _ => CardDelivery.NotReachedBy(objectId, NotReached, null, ReachTexts.Other.With("unknown"), locale),
        };
    }

    /// <summary>Replaces every delivered card with the round's current state; a failure for one approver does not stop the rest.</summary>
    public async Task UpdateAllAsync(StoredRound round, IReadOnlyList<CardDelivery> deliveries, CancellationToken ct)
    {
        var userIds = deliveries.Select(d => d.TeamsUserId).OfType<string>().ToList();
        foreach (var d in deliveries.Where(d => d is { Status: Sent, ConversationId: not null, ActivityId: not null }))
        {
            Teams.Cards.AdaptiveCard card;
            using (BotCulture.Use(BotCulture.For(d.Locale)))
            {
                card = cards.Approval(round, d.ObjectId, userIds);
            }
            try
            {
                await messenger.UpdateAsync(d.ConversationId!, d.ActivityId!, card, ct);
            }
            catch (Exception ex) when (ex is HttpRequestException or Teams.Connector.ConnectorException)
            {
                logger.LogWarning(ex, "Could not update the approval card of {ObjectId} in round {RoundId}", d.ObjectId, round.RoundId);
            }
        }
    }

    /// <summary>
    /// A plain text message to one user (CISO notices, reminders); false when they cannot be reached. While the app is
    /// being installed for them the text is kept and sent once the installation is due (true: it will arrive).
    /// </summary>
    public async Task<bool> TellAsync(string objectId, string text, CancellationToken ct) =>
        await notices.TellAsync(objectId, text, ct) != NoticeOutcome.NotReached;

    /// <summary>
    /// One recipient's send; a connector that fails or cannot be reached makes that recipient "not reached" with the
    /// reason, so the round still starts for the others and the CISO sees who to follow up.
    /// </summary>
    private async Task<ProactiveResult> TrySendAsync(string objectId, Teams.Activity activity, CancellationToken ct)
    {
        try
        {
            return await messenger.SendToUserAsync(objectId, activity, ct);
        }
        catch (Exception ex) when (ex is Teams.Connector.ConnectorException or HttpRequestException)
        {
            logger.LogWarning(ex, "Sending to {ObjectId} failed", objectId);
            return ReachTexts.SendFailed.With(ex.Message).NotReached();
        }
    }

    public async Task<string?> LocaleOfAsync(string objectId, CancellationToken ct) =>
        (await references.FindPersonalByAadObjectIdAsync(objectId, ct))?.Locale;

}
