using M365Nis2.Web.Features.Controls;
using M365Nis2.Web.Infrastructure.Graph;

namespace M365Nis2.Web.Features.Risks;

/// <summary>
/// Art. 21(2)(a) from the risk register (the method and assessment approved within the review period, no risk above
/// appetite without an approved plan or a valid acceptance) and Art. 20(1) from the board's decisions on risk subjects
/// (an approved assessment and an approved SoA within the period). The controls overview combines this with the
/// policy register's view of the same controls.
/// </summary>
public sealed class RiskControlStatusProvider(RiskStatus status, IGraphTenantInfo tenant) : IControlStatusProvider
{
    public IReadOnlyCollection<string> ControlIds { get; } = ["art21.2.a", "art20.1"];

    public async Task<ControlStatus> GetStatusAsync(string controlId, CancellationToken ct)
    {
        var o = await status.OverviewAsync(ct);
        if (controlId == "art20.1")
        {
            var (state, summary) = Management(o);
            return new(state, o.LastAssessment?.DecidedAt, tenant.IsDemo, summary);
        }
        var open = o.Risks.Count(r => !r.Posture.IsCovered);
        return new(RiskStatus.StatusOf(o.Management.Outcome), o.LastAssessment?.DecidedAt, tenant.IsDemo,
            $"Risk register: {o.Risks.Count} risks, {open} above appetite without an approved plan or acceptance; assessment {AssessmentText(o)}.");
    }

    public async Task<object?> GetDetailAsync(string controlId, CancellationToken ct)
    {
        var o = await status.OverviewAsync(ct);
        return new
        {
            riskManagement = new
            {
                outcome = RiskStatus.StatusOf(o.Management.Outcome),
                nextAssessmentDue = o.Management.NextAssessmentDue,
                findings = o.Management.Findings,
                methodVersion = o.Method.Version,
                appetite = o.Method.AppetiteThreshold,
                risks = o.Risks.Count,
                notCovered = o.Risks.Count(r => !r.Posture.IsCovered),
                lastAssessment = o.LastAssessment,
                latestSoa = o.LatestSoa is { } s ? new { s.Statement.Version, s.Decision, s.DecidedAt, s.ArtefactId } : null,
                boardDecisions = o.BoardDecisions,
            },
        };
    }

    private static (string Status, string Summary) Management(RiskOverview o)
    {
        var assessment = o.Management.NextAssessmentDue is { } due && o.Today <= due;
        var soa = o.BoardDecisions.Any(c => c.SubjectKind == SoaService.Kind && c.Approved > 0);
        var counts = string.Join(", ", o.BoardDecisions.Select(c => $"{c.Approved} {c.SubjectKind} approved"));
        var status = assessment && soa ? ControlStatuses.Met : assessment || soa ? ControlStatuses.PartiallyMet : ControlStatuses.NotMet;
        return (status, $"Board decisions on risk in the last {o.Method.ReviewPeriodMonths} months: {(counts.Length == 0 ? "none" : counts)}.");
    }

    private static string AssessmentText(RiskOverview o) => o.LastAssessment is { } a
        ? $"no. {a.Number} {a.Decision.ToLowerInvariant()}"
        : "not yet made";
}
