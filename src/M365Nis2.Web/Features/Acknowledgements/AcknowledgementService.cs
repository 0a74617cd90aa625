using M365Nis2.Domain.Acknowledgements;
using M365Nis2.Web.Features.Approvals;
using M365Nis2.Web.Features.Awareness;
using M365Nis2.Web.Platform;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Acknowledgements;

/// <summary>What asking staff to acknowledge a version did.</summary>
public enum AckRequest
{
    Requested,
    AlreadyRequested,
    AudienceNone,
    NoApprovedVersion,
}

/// <summary>
/// Puts approved policy versions to staff and records their acknowledgements. The approval hook only records the
/// campaign (Resolving); the job resolves the audience, writes one Pending row per person and opens it, then sends.
/// An acknowledgement is one ETag write on the person's row: a second click, a second instance or the card and the tab
/// at once record it once, and every later attempt is told "already acknowledged" with the first time.
/// </summary>
public sealed class AcknowledgementService(
    AcknowledgementStore store,
    AudienceResolver audiences,
    IOptions<AcknowledgementsOptions> options,
    TimeProvider time,
    ILogger<AcknowledgementService> logger) : IPolicyApprovalListener
{
    public const string None = "none";

    public async Task OnApprovedAsync(PolicyVersionApproved approved, CancellationToken ct) => await RequestAsync(approved, ct);

    /// <summary>
    /// The CISO puts the policy's current approved version to staff: for versions approved before acknowledgements were
    /// switched on, or after the audience changed from "none". Same campaign row as on approval, so it happens once.
    /// </summary>
    public async Task<(AckRequest Outcome, PolicyVersionApproved? Version)> RequestCurrentAsync(string policyId, IApprovedPolicyVersions approved,
        CancellationToken ct) =>
        await approved.CurrentAsync(policyId, ct) is { } current ? (await RequestAsync(current, ct), current) : (AckRequest.NoApprovedVersion, null);

    private async Task<AckRequest> RequestAsync(PolicyVersionApproved approved, CancellationToken ct)
    {
        var audience = await store.AudienceOfAsync(approved.PolicyId, ct) ?? options.Value.DefaultAudience;
        if (string.Equals(audience, None, StringComparison.OrdinalIgnoreCase))
        {
            logger.LogInformation("Policy {PolicyId} v{Version} approved; its audience is 'none', so staff are not asked", approved.PolicyId, approved.Version);
            return AckRequest.AudienceNone;
        }
        var added = await store.TryAddCampaignAsync(new AckCampaignRow
        {
            RowKey = AckCampaignRow.KeyOf(approved.PolicyId, approved.Version),
            PolicyId = approved.PolicyId,
            Version = approved.Version,
            Title = approved.Title,
            Sha256 = approved.Sha256,
            ContentType = approved.ContentType,
            FileName = approved.FileName,
            ControlIds = string.Join(',', approved.ControlIds),
            ApprovedAt = approved.ApprovedAt,
            // Due counts from when staff are asked: a version approved a year ago and put to staff today is not overdue today.
            DueAt = Later(approved.ApprovedAt, time.GetUtcNow()).AddDays(options.Value.DueDays),
            RoundId = approved.RoundId,
            DecisionArtefactId = approved.DecisionArtefactId,
            Audience = audience,
        }, ct);
        logger.LogInformation("Policy {PolicyId} v{Version} approved; acknowledgement by '{Audience}' {What}", approved.PolicyId, approved.Version,
            audience, added ? "requested" : "was requested already");
        return added ? AckRequest.Requested : AckRequest.AlreadyRequested;
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    /// <summary>Resolves a Resolving campaign's audience into Pending rows and opens it; false (problem recorded) when the audience does not resolve.</summary>
    public async Task<bool> ResolveAsync(AckCampaignRow campaign, CancellationToken ct)
    {
        IReadOnlyList<Infrastructure.Auth.DirectoryUser> users;
        try
        {
            var all = string.Equals(campaign.Audience, AudienceResolver.Everyone, StringComparison.OrdinalIgnoreCase);
            users = await audiences.ResolveAsync(all ? AudienceResolver.Everyone : campaign.Audience, null, ct);
        }
        catch (AudienceException e)
        {
            campaign.ResolveProblem = e.Message;
            await store.TryReplaceCampaignAsync(campaign, ct);
            logger.LogWarning("Acknowledgement of {Campaign}: the audience does not resolve: {Problem}", campaign.RowKey, e.Message);
            return false;
        }
        await store.PutRecipientsAsync([.. users.Select(u => new AckRecipientRow
        {
            PartitionKey = campaign.RowKey,
            RowKey = u.ObjectId,
            DisplayName = u.DisplayName,
            Language = CampaignLanguage(u.PreferredLanguage),
        })], ct);
        campaign.State = AckCampaignRow.Open;
        campaign.RecipientCount = users.Count;
        campaign.ResolveProblem = null;
        return await store.TryReplaceCampaignAsync(campaign, ct);
    }

    public async Task<AckOutcome> AcknowledgeAsync(string policyId, int version, string callerId, string? presentedSha256,
        AcknowledgementChannel channel, CancellationToken ct)
    {
        if (await store.FindCampaignAsync(policyId, version, ct) is not { State: AckCampaignRow.Open } campaign)
        {
            return new(AckOutcomeKind.NotFound);
        }
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (await store.FindRecipientAsync(campaign.RowKey, callerId, ct) is not { } row)
            {
                return new(AckOutcomeKind.NotFound);
            }
            var current = row.ToDomain(campaign.Sha256, options.Value.MaxAttempts);
            if (current.IsAcknowledged)
            {
                return new(AckOutcomeKind.AlreadyAcknowledged, current.AcknowledgedAt, campaign.Title, version, row.Language);
            }
            var next = current.Acknowledge(presentedSha256, channel, time.GetUtcNow());
            if (!next.Applied)
            {
                return new(AckOutcomeKind.WrongVersion, null, campaign.Title, version, row.Language, next.Refusal, next.Why?.Code, next.Why?.Danish);
            }
            var wasUncertain = row.State is AckStates.Sending or AckStates.Unknown;
            row.Apply(next.Acknowledgement);
            if (wasUncertain && channel == AcknowledgementChannel.Card)
            {
                row.AskedAt ??= next.Acknowledgement.AcknowledgedAt; // a click on the card proves it arrived
            }
            if (await store.TryReplaceAsync(row, ct))
            {
                return new(AckOutcomeKind.Recorded, next.Acknowledgement.AcknowledgedAt, campaign.Title, version, row.Language);
            }
        }
        throw new InvalidOperationException($"The acknowledgement of {policyId} v{version} by {callerId} could not be saved after 5 attempts.");
    }

    public async Task<AckProgressView?> ProgressAsync(string policyId, int version, bool withNames, CancellationToken ct) =>
        await store.FindCampaignAsync(policyId, version, ct) is { } campaign ? ProgressOf(campaign, await store.RecipientsOfAsync(campaign.RowKey, null, ct), withNames) : null;

    public async Task<IReadOnlyList<AckProgressView>> ListAsync(CancellationToken ct)
    {
        var list = new List<AckProgressView>();
        foreach (var campaign in (await store.ListCampaignsAsync(ct)).OrderByDescending(c => c.ApprovedAt))
        {
            list.Add(ProgressOf(campaign, await store.RecipientsOfAsync(campaign.RowKey, null, ct), withNames: false));
        }
        return list;
    }

    public AckProgressView ProgressOf(AckCampaignRow c, IReadOnlyList<AckRecipientRow> rows, bool withNames)
    {
        var counts = AcknowledgementCounts.Of(rows.Select(r => r.ToDomain(c.Sha256, options.Value.MaxAttempts)), time.GetUtcNow(), c.DueAt);
        var sending = rows.Count(r => r.State == AckStates.Sending);
        var unknown = rows.Count(r => r.State == AckStates.Unknown);
        var people = withNames
            ? rows.OrderBy(r => r.State == AckStates.Acknowledged).ThenBy(r => r.DisplayName, StringComparer.CurrentCultureIgnoreCase)
                .Select(r => new AckPersonView(r.ObjectId, r.DisplayName, r.State, r.AskedAt, r.AcknowledgedAt, r.Channel, r.RemindersSent, r.FailureReason,
                    r.FailureCode, r.FailureDa())).ToList()
            : null;
        return new(c.PolicyId, c.Version, c.Title, c.Sha256, c.State, c.Audience, c.ApprovedAt, c.DueAt, counts.Audience,
            counts.Pending - sending - unknown, sending, unknown, counts.Asked, counts.Acknowledged, counts.Failed, counts.Overdue,
            counts.Outstanding, counts.Rate, c.LastSnapshotId, c.LastSnapshotAt, c.ResolveProblem, people);
    }

    public async Task<IReadOnlyList<MyAckView>> MineAsync(string objectId, CancellationToken ct)
    {
        var mine = new List<MyAckView>();
        foreach (var row in await store.RowsOfUserAsync(objectId, ct))
        {
            var key = row.PartitionKey;
            var split = key.LastIndexOf("_v", StringComparison.Ordinal);
            if (split < 0 || !int.TryParse(key[(split + 2)..], out var version)
                || await store.FindCampaignAsync(key[..split], version, ct) is not { State: AckCampaignRow.Open } c)
            {
                continue;
            }
            mine.Add(new(c.PolicyId, c.Version, c.Title, c.Sha256, c.ContentType, c.FileName, c.ApprovedAt, c.DueAt,
                row.State == AckStates.Acknowledged, row.AcknowledgedAt));
        }
        return [.. mine.OrderBy(m => m.Acknowledged).ThenByDescending(m => m.ApprovedAt)];
    }

    /// <summary>The version's campaign when the caller may read its document: the CISO and the board always, others when they are in its audience.</summary>
    public async Task<AckCampaignRow?> ReadableAsync(string policyId, int version, string callerId, bool boardOrCiso, CancellationToken ct)
    {
        if (await store.FindCampaignAsync(policyId, version, ct) is not { } campaign)
        {
            return null;
        }
        return boardOrCiso || await store.FindRecipientAsync(campaign.RowKey, callerId, ct) is not null ? campaign : null;
    }

    public async Task<AudienceView> AudienceAsync(string policyId, CancellationToken ct) =>
        await store.AudienceOfAsync(policyId, ct) is { } chosen ? new(policyId, chosen, false) : new(policyId, options.Value.DefaultAudience, true);

    /// <summary>Sets the audience for the policy's next approved versions; the problem when the value is not "all", "none" or a group id.</summary>
    public async Task<string?> SetAudienceAsync(string policyId, string? audience, string actor, CancellationToken ct)
    {
        var value = audience?.Trim() ?? "";
        if (!string.Equals(value, AudienceResolver.Everyone, StringComparison.OrdinalIgnoreCase)
            && !string.Equals(value, None, StringComparison.OrdinalIgnoreCase) && !Guid.TryParse(value, out _))
        {
            return "'audience' must be \"all\", \"none\" or a group object id.";
        }
        await store.SetAudienceAsync(new AckAudienceRow { RowKey = policyId, Audience = value.ToLowerInvariant(), SetBy = actor, SetAt = time.GetUtcNow() }, ct);
        return null;
    }

    /// <summary>"da", "da-DK" → "da"; anything else → "en".</summary>
    public static string CampaignLanguage(string? preferredLanguage) =>
        preferredLanguage is not null && preferredLanguage.StartsWith("da", StringComparison.OrdinalIgnoreCase) ? "da" : "en";
}
