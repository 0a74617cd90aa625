using M365Nis2.Domain.Training;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>One person in a campaign, for the CISO and the board only (names).</summary>
/// <remarks><c>FailureReason</c> is English (as always); <c>FailureCode</c> names it and <c>FailureReasonDa</c> is the Danish the tab shows.</remarks>
public sealed record RecipientView(string ObjectId, string Name, string Language, string State, int Attempts, string? FailureReason,
    DateTimeOffset? PromptedAt, int RemindersSent, DateTimeOffset? CompletedAt, double? Score, bool? Passed, string? FailureCode, string? FailureReasonDa);

public sealed record ResendResult(string CampaignId, int Resent);

/// <summary>The CISO's campaign page: every campaign's counts, the people in one, and "send again" to those not reached.</summary>
public sealed class CampaignAdmin(CampaignStore store, CampaignService campaigns, TimeProvider time, FanoutWakeUp wakeUp)
{
    public async Task<IReadOnlyList<CampaignStatus>> ListAsync(CancellationToken ct)
    {
        var list = new List<CampaignStatus>();
        foreach (var campaign in (await store.ListCampaignsAsync(ct)).OrderByDescending(c => c.CreatedAt))
        {
            list.Add(campaigns.StatusOf(campaign, await store.RecipientsOfAsync(campaign.RowKey, null, ct)));
        }
        return list;
    }

    /// <summary>Null when there is no such campaign. Not reached first, then by name.</summary>
    public async Task<IReadOnlyList<RecipientView>?> RecipientsAsync(string campaignId, CancellationToken ct)
    {
        if (await store.FindCampaignAsync(campaignId, ct) is null)
            return null;
        return [.. (await store.RecipientsOfAsync(campaignId, null, ct))
            .OrderBy(r => CampaignSchedule.MayResend(r.State) ? 0 : 1).ThenBy(r => r.DisplayName, StringComparer.CurrentCulture)
            .Select(r => new RecipientView(r.ObjectId, r.DisplayName, r.Language, r.State, r.Attempts, r.FailureReason, r.PromptedAt,
                r.RemindersSent, r.CompletedAt, r.Score, r.Passed, r.FailureCode, r.FailureDa()))];
    }

    /// <summary>
    /// Puts those not reached (failed, or unknown after an interrupted send) back to Pending with fresh attempts, so the
    /// fan-out job sends to them again, paced as any send. Each row changes with its ETag: a row the job or a card
    /// submit touched meanwhile is left as it now is.
    /// </summary>
    public async Task<ResendResult?> ResendAsync(string campaignId, CancellationToken ct)
    {
        if (await store.FindCampaignAsync(campaignId, ct) is null)
            return null;
        var resent = 0;
        foreach (var row in (await store.RecipientsOfAsync(campaignId, null, ct)).Where(r => CampaignSchedule.MayResend(r.State)))
        {
            row.State = RecipientStates.Pending;
            row.Attempts = 0;
            row.SetFailure(null);
            row.NextAttemptAt = time.GetUtcNow();
            if (await store.TryReplaceAsync(row, ct))
                resent++;
        }
        if (resent > 0)
            wakeUp.Wake();
        return new ResendResult(campaignId, resent);
    }
}
