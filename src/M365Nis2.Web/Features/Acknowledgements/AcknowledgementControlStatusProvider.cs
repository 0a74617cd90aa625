using M365Nis2.Domain.Acknowledgements;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Tasks;
using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Infrastructure.Graph;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Acknowledgements;

/// <summary>What (g) shows about policy acknowledgement: the coverage check and the totals per policy (no names: every member reads it).</summary>
/// <remarks>Property names are distinct from Training's detail: both providers judge (g) and the overview merges them.</remarks>
public sealed record AcknowledgementControlDetail(CheckView AcknowledgementCheck, IReadOnlyList<AckProgressView> PolicyAcknowledgements);

/// <summary>
/// Art. 21(2)(g) from the acknowledgements of the current approved version of every policy put to staff; merged with
/// the awareness training status. Before anything is put to staff it stands aside ("no evidence yet").
/// </summary>
public sealed class AcknowledgementControlStatusProvider(
    AcknowledgementStore store,
    AcknowledgementService service,
    IOptions<AcknowledgementsOptions> options,
    IGraphTenantInfo tenant,
    TimeProvider time) : IControlStatusProvider
{
    public IReadOnlyCollection<string> ControlIds { get; } = ["art21.2.g"];

    public async Task<ControlStatus> GetStatusAsync(string controlId, CancellationToken ct)
    {
        var detail = await DetailAsync(ct);
        if (detail.PolicyAcknowledgements.Count == 0)
        {
            return new ControlStatus(ControlStatuses.NoEvidenceYet, null, tenant.IsDemo);
        }
        var worst = detail.AcknowledgementCheck.WorstFinding();
        return new ControlStatus(FeatureStatusAdapter.ToControlStatus(detail.AcknowledgementCheck.Outcome),
            detail.PolicyAcknowledgements.Max(p => p.LastSnapshotAt ?? p.ApprovedAt), tenant.IsDemo, worst?.Message, SummaryDa: worst?.MessageDa);
    }

    public async Task<object?> GetDetailAsync(string controlId, CancellationToken ct) => await DetailAsync(ct);

    private async Task<AcknowledgementControlDetail> DetailAsync(CancellationToken ct)
    {
        var current = (await store.ListCampaignsAsync(ct)).Where(c => c.State == AckCampaignRow.Open)
            .GroupBy(c => c.PolicyId).Select(g => g.MaxBy(c => c.Version)!).OrderBy(c => c.Title, StringComparer.CurrentCultureIgnoreCase).ToList();
        var views = new List<AckProgressView>();
        foreach (var campaign in current)
        {
            views.Add(service.ProgressOf(campaign, await store.RecipientsOfAsync(campaign.RowKey, null, ct), withNames: false));
        }
        var check = AcknowledgementCoverage.Evaluate(
            views.Select(v => new VersionAcknowledgement(v.Title, v.Version, WallClock.Today(v.DueAt, WallClock.Copenhagen), v.Recipients, v.Acknowledged)),
            WallClock.Today(time.GetUtcNow(), WallClock.Copenhagen), (decimal)options.Value.Threshold);
        return new(CheckView.Of(check), views);
    }
}
