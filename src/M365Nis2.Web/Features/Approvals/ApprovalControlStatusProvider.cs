using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Infrastructure.Graph;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>Art. 21(2)(a) and Art. 20(1) in the controls overview, from the policy register and its approval rounds.</summary>
public sealed class ApprovalControlStatusProvider(ApprovalControlStatus status, IGraphTenantInfo tenant) : IControlStatusProvider
{
    public IReadOnlyCollection<string> ControlIds => ApprovalControlStatus.Controls;

    public async Task<ControlStatus> GetStatusAsync(string controlId, CancellationToken ct)
    {
        var view = await FindAsync(controlId, ct);
        return view is null
            ? new ControlStatus(ControlStatuses.NoEvidenceYet, null, tenant.IsDemo)
            : new ControlStatus(FeatureStatusAdapter.ToControlStatus(view.Status), view.LastEvidenceAt, tenant.IsDemo, view.Summary, SummaryDa: view.SummaryDa);
    }

    public async Task<object?> GetDetailAsync(string controlId, CancellationToken ct) => await FindAsync(controlId, ct);

    private async Task<ApprovalControlStatusView?> FindAsync(string controlId, CancellationToken ct) =>
        (await status.GetControlStatusAsync(ct)).FirstOrDefault(v => v.ControlId == controlId);
}
