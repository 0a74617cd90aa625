using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Infrastructure.Graph;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>
/// Art. 21(2)(d) in the controls overview: the domain's (d) rule over the active suppliers and the latest discovery, with
/// the follow-up of critical (tier 1) suppliers for the board summary.
/// </summary>
public sealed class SupplierControlStatusProvider(SupplierStore store, DiscoveryService discovery, IGraphTenantInfo tenant, TimeProvider time)
    : IControlStatusProvider
{
    public IReadOnlyCollection<string> ControlIds { get; } = [SupplyChainRule.ControlId];

    public async Task<ControlStatus> GetStatusAsync(string controlId, CancellationToken ct)
    {
        var (evaluation, suppliers, state) = await EvaluateAsync(ct);
        if (suppliers.Count == 0 && state.LatestRun is null)
            return new ControlStatus(ControlStatuses.NoEvidenceYet, null, tenant.IsDemo).Saying(SummaryTexts.SuppliersNone.With());
        var last = suppliers.Select(s => (DateTimeOffset?)s.UpdatedAt).Append(state.LatestRun?.At).Max();
        return new ControlStatus(Map(evaluation.Overall), last, tenant.IsDemo).Saying(Summary(evaluation, suppliers, time));
    }

    public async Task<object?> GetDetailAsync(string controlId, CancellationToken ct)
    {
        var (evaluation, suppliers, state) = await EvaluateAsync(ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return new
        {
            outcome = evaluation.Overall.ToString(),
            rule = evaluation.Rule,
            ruleDa = evaluation.RuleText.Danish,
            checks = evaluation.Checks.Select(CheckView.Of).ToList(),
            criticalSuppliers = suppliers.Where(s => s.Tier == SupplierTier.Tier1).Select(s => new
            {
                id = s.Id,
                name = s.Name,
                assessment = SupplierViews.Key(AssessmentSchedule.Evaluate(s.Tier, s.RegisteredOn, s.LastAssessedOn, today).State),
                lastAssessedOn = s.LastAssessedOn,
                nextDueOn = AssessmentSchedule.NextDue(s.Tier, s.RegisteredOn, s.LastAssessedOn),
                openHighFindings = s.Findings.Count(f => f.IsOpenHigh),
            }).ToList(),
            discovery = new { at = state.LatestRun?.At, status = state.LatestRun?.Status, pendingHighPrivilege = state.Apps.Count(a => a.Present && a.App.IsHighPrivilege && a.Decision == DiscoveryDecision.Pending) },
        };
    }

    private async Task<(SupplyChainEvaluation, IReadOnlyList<Supplier>, DiscoveryState)> EvaluateAsync(CancellationToken ct)
    {
        var suppliers = (await store.ListAsync(ct)).Where(s => s.Active).ToList();
        var state = await discovery.GetAsync(ct);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        return (SupplyChainRule.Evaluate([.. suppliers.Select(s => s.Standing())], state.ForRule(), today), suppliers, state);
    }

    private static string Map(Outcome outcome) => outcome switch
    {
        Outcome.Met => ControlStatuses.Met,
        Outcome.PartiallyMet => ControlStatuses.PartiallyMet,
        Outcome.NotMet => ControlStatuses.NotMet,
        _ => ControlStatuses.Unknown,
    };

    private static CodedText Summary(SupplyChainEvaluation e, IReadOnlyList<Supplier> suppliers, TimeProvider time)
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var critical = suppliers.Where(s => s.Tier == SupplierTier.Tier1).ToList();
        var current = critical.Count(s => AssessmentSchedule.IsCurrent(s.Tier, s.LastAssessedOn, today));
        return SummaryTexts.Suppliers.With(suppliers.Count, current, critical.Count, CommonTexts.OutcomeOf(e.Overall));
    }
}
