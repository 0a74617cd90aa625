using M365Nis2.Teams.Conversations;
using M365Nis2.Teams.Routing;
using M365Nis2.Teams.Cards;
using M365Nis2.Web.Features.Bot;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>Chat messages about incidents to the CISO (Roles:CisoUserIds / Roles:CisoGroupId) and the incident team, each in their own language.</summary>
public sealed class IncidentNotifier(
    INotices notices,
    IConversationReferenceStore references,
    IOptions<RolesOptions> roles,
    IOptions<IncidentsOptions> options,
    IGroupDirectory groups,
    IncidentCards cards,
    TimeProvider time,
    ILogger<IncidentNotifier> logger)
{
    public async Task<IReadOnlyList<string>> CisoIdsAsync(CancellationToken ct)
    {
        var ids = new List<string>(roles.Value.CisoUserIds);
        if (roles.Value.CisoGroupId is { } group)
            ids.AddRange((await groups.GetMembersAsync(group, ct)).Select(u => u.ObjectId));
        return [.. ids.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    public async Task<IReadOnlyList<string>> ReminderRecipientsAsync(CancellationToken ct) =>
        [.. (await CisoIdsAsync(ct)).Concat(options.Value.TeamUserIds).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>Tells the CISO a suspected incident was reported. Failure to reach them is logged, never fails the report.</summary>
    public async Task TellCisoAboutNewIncidentAsync(Incident incident, CancellationToken ct)
    {
        try
        {
            foreach (var ciso in await CisoIdsAsync(ct))
            {
                await ShowAsync(ciso, () => cards.Timeline(incident, time.GetUtcNow(), cards.NewIncidentNotice(incident.ReporterName)), ct);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Could not tell the CISO about incident {IncidentId}", incident.Id);
        }
    }

    /// <summary>
    /// A card built in the recipient's language (from their conversation), through <see cref="INotices"/>: to someone the
    /// app is still being installed for, it is kept and sent once, after the installation.
    /// </summary>
    public async Task<NoticeOutcome> ShowAsync(string recipientId, Func<AdaptiveCard> card, CancellationToken ct)
    {
        var reference = await references.FindPersonalByAadObjectIdAsync(recipientId, ct);
        AdaptiveCard built;
        using (BotCulture.Use(BotCulture.For(reference?.Locale)))
        {
            built = card();
        }
        var outcome = await notices.ShowAsync(recipientId, built, ct);
        if (outcome == NoticeOutcome.NotReached)
            logger.LogWarning("Incident message to {RecipientId} not delivered", recipientId);
        return outcome;
    }
}
