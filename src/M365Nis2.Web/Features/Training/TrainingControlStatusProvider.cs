using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Infrastructure.Graph;

namespace M365Nis2.Web.Features.Training;

/// <summary>
/// Art. 20(2) (board training) and Art. 21(2)(g) (awareness) in the controls overview. TrainingEvidence is scoped, so
/// this singleton asks for it in a scope of its own per call.
/// </summary>
public sealed class TrainingControlStatusProvider(IServiceScopeFactory scopes, IGraphTenantInfo tenant) : IControlStatusProvider
{
    public IReadOnlyCollection<string> ControlIds { get; } = ["art20.2", "art21.2.g"];

    public async Task<ControlStatus> GetStatusAsync(string controlId, CancellationToken ct)
    {
        var view = await FindAsync(controlId, ct);
        return view is null
            ? new ControlStatus(ControlStatuses.NoEvidenceYet, null, tenant.IsDemo)
            : new ControlStatus(FeatureStatusAdapter.ToControlStatus(view.Status), view.LastEvidenceAt, tenant.IsDemo, view.Summary, SummaryDa: view.SummaryDa);
    }

    public async Task<object?> GetDetailAsync(string controlId, CancellationToken ct) => await FindAsync(controlId, ct);

    private async Task<TrainingControlStatus?> FindAsync(string controlId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var evidence = scope.ServiceProvider.GetRequiredService<TrainingEvidence>();
        return (await evidence.GetControlStatusAsync(ct)).FirstOrDefault(v => v.ControlId == controlId);
    }
}
