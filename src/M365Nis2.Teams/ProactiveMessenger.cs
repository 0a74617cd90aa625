using M365Nis2.Teams.Connector;
using M365Nis2.Teams.Conversations;
using M365Nis2.Teams.Cards;
using Microsoft.Extensions.Options;

namespace M365Nis2.Teams;

/// <summary>Outcome of a proactive send; callers decide what "not reachable" means for them (e.g. remind later).</summary>
public abstract record ProactiveResult
{
    public sealed record Sent(string? ActivityId, string ConversationId) : ProactiveResult;

    /// <summary>
    /// No stored 1:1 chat and none could be created (app not installed for the user, or tenant never seen). With
    /// <paramref name="RetryAfter"/> the app is being installed for the user: not a failed attempt, just "not yet";
    /// send again after that delay, when the installation event has brought the conversation.
    /// </summary>
    public sealed record NoConversation(string Reason, TimeSpan? RetryAfter = null) : ProactiveResult
    {
        /// <summary>True while an installation for the user is under way (the send should wait, not count as failed).</summary>
        public bool IsWaitingForInstall => RetryAfter is not null;

        /// <summary>
        /// The reason's stable code and arguments (the host's text catalogue renders it in the reader's language);
        /// <see cref="Reason"/> is its English. Null for a reason said without one.
        /// </summary>
        public string? Code { get; init; }

        public IReadOnlyDictionary<string, string>? Args { get; init; }
    }

    /// <summary>403 MessageWritesBlocked: the user blocked or uninstalled the bot; the reference is marked opted out.</summary>
    public sealed record OptedOut : ProactiveResult;
}

/// <summary>
/// Messages users outside a turn (approvals, training fan-out, reminders) through their stored 1:1 conversation,
/// creating it from the tenant's last known serviceUrl when the user has not talked to the bot yet, and asking the
/// <see cref="IPersonalAppInstaller"/> to install the app for them when even that fails (the app is not installed):
/// every feature that messages people reaches them the same way.
/// </summary>
public sealed class ProactiveMessenger(
    IConversationReferenceStore references,
    ConnectorClient connector,
    IPersonalAppInstaller installer,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<ProactiveMessenger> logger)
{
    public Task<ProactiveResult> SendToUserAsync(string aadObjectId, AdaptiveCard card, CancellationToken ct) =>
        SendToUserAsync(aadObjectId, card.ToActivity(), ct);

    public async Task<ProactiveResult> SendToUserAsync(string aadObjectId, Activity activity, CancellationToken ct)
    {
        var reference = await references.FindPersonalByAadObjectIdAsync(aadObjectId, ct);
        if (reference?.Status == ConversationStatus.OptedOut)
        {
            return new ProactiveResult.OptedOut();
        }
        var previous = reference;
        if (reference is null || reference.Status == ConversationStatus.Removed)
        {
            try
            {
                reference = await CreatePersonalConversationAsync(aadObjectId, reference, ct);
            }
            catch (UserOptedOutException)
            {
                return new ProactiveResult.OptedOut();
            }
            if (reference is null)
            {
                var (found, notReached) = await InstallAsync(aadObjectId, removedByUser: previous?.Status == ConversationStatus.Removed, ct);
                if (found is null)
                {
                    return notReached!;
                }
                reference = found;
            }
        }
        activity.Type ??= ActivityTypes.Message;
        activity.Conversation ??= new ConversationAccount { Id = reference.ConversationId, ConversationType = "personal", TenantId = reference.TenantId };
        activity.From ??= reference.BotId is null ? null : new ChannelAccount { Id = reference.BotId };
        activity.Recipient ??= new ChannelAccount { Id = reference.UserId, AadObjectId = aadObjectId };
        try
        {
            var sent = await connector.SendToConversationAsync(reference.ServiceUrl, reference.ConversationId, activity, ct);
            return new ProactiveResult.Sent(sent.Id, reference.ConversationId);
        }
        catch (UserOptedOutException)
        {
            logger.LogInformation("User {AadObjectId} has blocked or uninstalled the bot; marking opted out", aadObjectId);
            await references.MarkAsync(reference with { UpdatedAt = time.GetUtcNow() }, ConversationStatus.OptedOut, ct);
            return new ProactiveResult.OptedOut();
        }
    }

    /// <summary>
    /// The app is not installed for the user: ask the installer. A person who removed the app themselves is not given it
    /// back behind their back; they are "not reached" with that reason, as someone who blocked the bot is opted out.
    /// </summary>
    private async Task<(ConversationReference? Reference, ProactiveResult? NotReached)> InstallAsync(string aadObjectId, bool removedByUser, CancellationToken ct)
    {
        if (removedByUser)
        {
            return (null, new ProactiveResult.NoConversation(NotReachedCodes.RemovedByUserText) { Code = NotReachedCodes.RemovedByUser });
        }
        var outcome = await installer.RequestAsync(aadObjectId, ct);
        if (outcome is InstallOutcome.Ready && await references.FindPersonalByAadObjectIdAsync(aadObjectId, ct) is { Status: ConversationStatus.Active } ready)
        {
            return (ready, null);
        }
        switch (outcome)
        {
            case InstallOutcome.Waiting waiting:
                return (null, new ProactiveResult.NoConversation(waiting.Reason, waiting.RetryAfter) { Code = waiting.Code, Args = waiting.Args });
            case InstallOutcome.Refused refused:
                return (null, new ProactiveResult.NoConversation(refused.Reason) { Code = refused.Code, Args = refused.Args });
            default:
                return (null, new ProactiveResult.NoConversation(NotReachedCodes.NoConversationText(aadObjectId))
                {
                    Code = NotReachedCodes.NoConversation,
                    Args = new Dictionary<string, string> { ["user"] = aadObjectId },
                });
        }
    }

    /// <summary>Replaces a card sent earlier (e.g. every approver's card when a round is decided).</summary>
    public async Task<bool> UpdateAsync(string conversationId, string activityId, AdaptiveCard card, CancellationToken ct)
    {
        var reference = await references.FindConversationAsync(conversationId, ct);
        if (reference is null)
        {
            return false;
        }
        var activity = card.ToActivity();
        activity.Id = activityId;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        await connector.UpdateActivityAsync(reference.ServiceUrl, conversationId, activityId, activity, ct);
        return true;
    }

    private async Task<ConversationReference?> CreatePersonalConversationAsync(string aadObjectId, ConversationReference? previous, CancellationToken ct)
    {
        var bot = options.Value;
        var tenantId = previous?.TenantId ?? bot.TenantId;
        var tenant = tenantId is null ? null : await references.FindTenantAsync(tenantId, ct);
        var serviceUrl = previous?.ServiceUrl ?? tenant?.ServiceUrl ?? bot.DefaultServiceUrl;
        var botId = previous?.BotId ?? tenant?.BotId ?? (bot.AppId is null ? null : "28:" + bot.AppId);
        if (tenantId is null || botId is null)
        {
            return null;
        }
        try
        {
            var created = await connector.CreatePersonalConversationAsync(serviceUrl, botId, aadObjectId, tenantId, ct);
            if (created.Id is null)
            {
                return null;
            }
            var reference = new ConversationReference
            {
                ServiceUrl = serviceUrl,
                ConversationId = created.Id,
                ConversationType = "personal",
                TenantId = tenantId,
                BotId = botId,
                UserAadObjectId = aadObjectId,
                UserId = previous?.UserId,
                UserName = previous?.UserName,
                Locale = previous?.Locale,
                UpdatedAt = time.GetUtcNow(),
            };
            await references.SaveAsync(reference, ct);
            return reference;
        }
        catch (ConnectorException ex) when (ex is not UserOptedOutException)
        {
            logger.LogWarning("Could not create a 1:1 conversation with {AadObjectId}: {Status} {Code}", aadObjectId, ex.StatusCode, ex.Code);
            return null;
        }
    }
}
