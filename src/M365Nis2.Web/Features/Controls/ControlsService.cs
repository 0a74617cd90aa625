using M365Nis2.Domain.Catalogue;
using M365Nis2.Web.Infrastructure.Graph;

namespace M365Nis2.Web.Features.Controls;

/// <summary>A catalogue control with its current status, as <c>GET /api/controls</c> lists it.</summary>
public sealed record ControlSummary(
    string Id,
    string Kind,
    string Title,
    string TitleDa,
    IReadOnlyList<string> Iso27001,
    string IsoSource,
    string Status,
    DateTimeOffset? LastEvidenceAt,
    bool IsDemo,
    string? Summary,
    string? SummaryDa = null);

/// <summary><c>GET /api/controls/{id}</c>: the summary plus the provider's detail.</summary>
public sealed record ControlDetail(ControlSummary Control, object? Detail);

/// <summary>Joins the NIS2 catalogue (Art. 21(2) a–j, Art. 20(1), 20(2), 23) with what each status provider reports.</summary>
public sealed class ControlsService(IEnumerable<IControlStatusProvider> providers, IGraphTenantInfo tenant)
{
    private static Nis2Catalogue Catalogue => ControlCatalogue.Current;

    public async Task<IReadOnlyList<ControlSummary>> ListAsync(CancellationToken ct)
    {
        var list = new List<ControlSummary>();
        foreach (var control in Catalogue.Controls)
            list.Add(await SummaryAsync(control, ct));
        return list;
    }

    /// <summary>Null for an id the catalogue does not know.</summary>
    /// <param name="withNames">False: every provider's detail that names people is reduced to status and counts
    /// (<see cref="IDetailWithNames.WithoutNames"/>) before the details are merged, so no provider's names slip through.</param>
    public async Task<ControlDetail?> FindAsync(string id, bool withNames, CancellationToken ct)
    {
        if (Catalogue.Find(id) is not { } control)
            return null;
        var details = new List<object?>();
        foreach (var provider in ProvidersFor(control.Id))
        {
            var detail = await provider.GetDetailAsync(control.Id, ct);
            details.Add(withNames || detail is not IDetailWithNames named ? detail : named.WithoutNames());
        }
        return new ControlDetail(await SummaryAsync(control, ct), ControlStatusMerge.CombineDetails(details));
    }

    private async Task<ControlSummary> SummaryAsync(Nis2Control control, CancellationToken ct)
    {
        var statuses = new List<ControlStatus>();
        foreach (var provider in ProvidersFor(control.Id))
            statuses.Add(await provider.GetStatusAsync(control.Id, ct));
        var status = statuses.Count > 0 ? ControlStatusMerge.Combine(statuses) : ControlStatus.NoAutomatedEvidence with { IsDemo = tenant.IsDemo };
        return new ControlSummary(control.Id, control.Kind.ToString(), control.Title, control.TitleDa, control.Iso27001,
            control.IsoSource.ToString(), status.Status, status.LastEvidenceAt, status.IsDemo, status.Summary, status.SummaryDa);
    }

    // Every provider that judges the control, in registration order (see ControlStatusMerge for how they combine).
    private IEnumerable<IControlStatusProvider> ProvidersFor(string controlId) =>
        providers.Where(p => p.ControlIds.Contains(controlId, StringComparer.OrdinalIgnoreCase));
}
