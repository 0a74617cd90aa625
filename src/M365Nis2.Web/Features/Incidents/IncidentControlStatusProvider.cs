using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Infrastructure.Graph;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>Art. 21(2)(b) and Art. 23 in the controls overview, from the incident register and its deadlines.</summary>
public sealed class IncidentControlStatusProvider(IncidentControlStatusService status, IGraphTenantInfo tenant) : IControlStatusProvider
{
    public IReadOnlyCollection<string> ControlIds { get; } = ["art21.2.b", "art23"];

    public async Task<ControlStatus> GetStatusAsync(string controlId, CancellationToken ct)
    {
        var view = await FindAsync(controlId, ct);
        if (view is null || view.RegisterCount == 0)
        {
            // An empty register is not evidence that incidents are handled well; it is simply no evidence yet.
            return new ControlStatus(ControlStatuses.NoEvidenceYet, null, tenant.IsDemo, view?.Summary, SummaryDa: view?.SummaryDa);
        }
        return new ControlStatus(FeatureStatusAdapter.ToControlStatus(view.Status), view.LastEvidenceAt, tenant.IsDemo, view.Summary,
            SummaryDa: view.SummaryDa);
    }

    public async Task<object?> GetDetailAsync(string controlId, CancellationToken ct) => await FindAsync(controlId, ct);

    private async Task<IncidentControlStatus?> FindAsync(string controlId, CancellationToken ct) =>
        (await status.GetControlStatusAsync(ct)).FirstOrDefault(v => v.ControlId == controlId);
}
