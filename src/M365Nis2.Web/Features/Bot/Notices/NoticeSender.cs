using System.Text.Json;
using M365Nis2.Teams;
using M365Nis2.Teams.Cards;
using M365Nis2.Teams.Connector;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Bot;

/// <summary>What became of a notice.</summary>
[FeatureContract]
public enum NoticeOutcome
{
    /// <summary>Delivered now.</summary>
    Sent,

    /// <summary>The app is being installed for the person: kept, and sent once the installation is due.</summary>
    Queued,

    /// <summary>Cannot be delivered (refused, opted out, connector failure); the caller logs or tells someone else.</summary>
    NotReached,
}

/// <summary>
/// Notices to one person, plain text or a card (a CISO told about a round or an incident, a reminder): sent now, or — while the app is being
/// installed for them — kept in storage and sent by <see cref="NoticeRetryJob"/> once the installation is due.
/// </summary>
[FeatureContract]
public interface INotices
{
    Task<NoticeOutcome> TellAsync(string objectId, string text, CancellationToken ct);

    /// <summary>
    /// A card to one person (built by the caller in their language): sent now, or kept as the activity's JSON while the
    /// app is being installed for them and sent once the installation is due.
    /// </summary>
    Task<NoticeOutcome> ShowAsync(string objectId, AdaptiveCard card, CancellationToken ct);
}

public sealed class NoticeSender(ProactiveMessenger messenger, WaitingNotices waiting, IOptions<AppInstallOptions> options, TimeProvider time, ILogger<NoticeSender> logger)
    : INotices
{
    /// <summary>A table string holds 32K UTF-16 characters; a notice is a few lines.</summary>
    public const int MaxChars = 30_000;

    public Task<NoticeOutcome> TellAsync(string objectId, string text, CancellationToken ct) =>
        DeliverAsync(objectId, Activity.CreateMessage(text), text, keepAsCard: false, ct);

    public Task<NoticeOutcome> ShowAsync(string objectId, AdaptiveCard card, CancellationToken ct) =>
        DeliverAsync(objectId, card.ToActivity(), "", keepAsCard: true, ct);

    private async Task<NoticeOutcome> DeliverAsync(string objectId, Activity activity, string text, bool keepAsCard, CancellationToken ct)
    {
        var result = await SendAsync(objectId, activity, ct);
        if (result is ProactiveResult.NoConversation { RetryAfter: { } wait })
        {
            // Serialised only when it is kept: a card that reaches its recipient now needs no JSON copy.
            var activityJson = keepAsCard ? JsonSerializer.Serialize(activity, BotJson.Options) : null;
            if (text.Length > MaxChars || activityJson?.Length > MaxChars)
            {
                logger.LogWarning("A notice to {ObjectId} is too long to keep while the app is installed for them", objectId);
                return NoticeOutcome.NotReached;
            }
            var now = time.GetUtcNow();
            await waiting.AddAsync(objectId, text, activityJson, now + wait, now, ct);
            logger.LogInformation("Notice to {ObjectId} kept until the app is installed for them", objectId);
            return NoticeOutcome.Queued;
        }
        return result is ProactiveResult.Sent ? NoticeOutcome.Sent : NoticeOutcome.NotReached;
    }

    /// <summary>Sends the due notices, each claimed first; one that still waits goes back, one that cannot be delivered is dropped with a warning.</summary>
    public async Task<int> SendWaitingAsync(CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var sent = 0;
        foreach (var row in await waiting.DueAsync(now, now - StaleClaim, ct))
        {
            if (!await waiting.TryClaimAsync(row, now, ct))
            {
                continue; // another instance has it
            }
            var result = now - row.CreatedAt > o.NoticeKeptFor ? null : await SendAsync(row.ObjectId, row.ToActivity(), ct);
            switch (result)
            {
                case ProactiveResult.Sent:
                    sent++;
                    await waiting.RemoveAsync(row, ct);
                    break;
                case ProactiveResult.NoConversation { RetryAfter: { } wait }:
                    await waiting.WaitAgainAsync(row, time.GetUtcNow() + wait, ct);
                    break;
                default:
                    logger.LogWarning("A notice to {ObjectId} kept since {CreatedAt} could not be delivered: {Reason}", row.ObjectId, row.CreatedAt,
                        (result as ProactiveResult.NoConversation)?.Reason ?? (result is null ? "kept too long" : "opted out"));
                    await waiting.RemoveAsync(row, ct);
                    break;
            }
        }
        return sent;
    }

    /// <summary>A claim this old was left by an instance that died mid-send: the notice is taken over (it may arrive twice, never not at all).</summary>
    public static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(5);

    private async Task<ProactiveResult> SendAsync(string objectId, Activity activity, CancellationToken ct)
    {
        try
        {
            return await messenger.SendToUserAsync(objectId, activity, ct);
        }
        catch (Exception e) when (e is HttpRequestException or ConnectorException)
        {
            logger.LogWarning(e, "Could not message {ObjectId}", objectId);
            return new ProactiveResult.NoConversation(e.Message);
        }
    }
}

/// <summary>Every <see cref="AppInstallOptions.NoticeCheckInterval"/>, on every instance: sends the notices whose installation is due.</summary>
public sealed class NoticeRetryJob(NoticeSender notices, IOptions<AppInstallOptions> options, ILogger<NoticeRetryJob> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.NoticeCheckInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await notices.SendWaitingAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Sending waiting notices failed; trying again next time");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
