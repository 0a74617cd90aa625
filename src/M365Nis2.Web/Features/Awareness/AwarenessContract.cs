namespace M365Nis2.Web.Features.Awareness;

/// <summary>One awareness module a campaign assigned to a user, as the user's own status shows it.</summary>
/// <param name="State">One of <see cref="RecipientStates"/>.</param>
/// <param name="Score">Quiz score 0–1 once completed.</param>
/// <param name="Title">The module's title in <paramref name="Language"/>, at the version the campaign pinned.</param>
[FeatureContract]
public sealed record AwarenessAssignment(string ModuleId, string Language, string State, double? Score, string Title);

/// <summary>
/// What other features may read from Awareness: a user's assignments (Training's "my training" card) and every
/// campaign's counts (Training's signed snapshot and the art21.2.g status). Campaign storage stays Awareness's own.
/// </summary>
[FeatureContract]
public interface IAwarenessProgress
{
    Task<IReadOnlyList<AwarenessAssignment>> AssignmentsOfUserAsync(string objectId, CancellationToken ct);

    Task<IReadOnlyList<CampaignStatus>> CampaignStatusesAsync(CancellationToken ct);
}

internal sealed class AwarenessProgress(CampaignStore store, CampaignService campaigns, ModuleLibrary modules) : IAwarenessProgress
{
    public async Task<IReadOnlyList<AwarenessAssignment>> AssignmentsOfUserAsync(string objectId, CancellationToken ct)
    {
        var list = new List<AwarenessAssignment>();
        foreach (var r in await store.RowsOfUserAsync(objectId, ct))
        {
            var title = (await modules.FindAsync(r.ModuleId, r.ModuleVersion, r.Language, ct))?.Title ?? r.ModuleId;
            list.Add(new AwarenessAssignment(r.ModuleId, r.Language, r.State, r.Score, title));
        }
        return list;
    }

    public async Task<IReadOnlyList<CampaignStatus>> CampaignStatusesAsync(CancellationToken ct)
    {
        var list = new List<CampaignStatus>();
        foreach (var campaign in await store.ListCampaignsAsync(ct))
        {
            list.Add(campaigns.StatusOf(campaign, await store.RecipientsOfAsync(campaign.RowKey, null, ct)));
        }
        return list;
    }
}
