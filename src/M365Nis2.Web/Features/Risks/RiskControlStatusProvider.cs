using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Risks;
using M365Nis2.Domain.Texts;
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
            var (state, summary, summaryDa) = Management(o);
            return new(state, o.LastAssessment?.DecidedAt, tenant.IsDemo, summary, SummaryDa: summaryDa);
        }
        var open = o.Risks.Count(r => !r.Posture.IsCovered);
        return new ControlStatus(RiskStatus.StatusOf(o.Management.Outcome), o.LastAssessment?.DecidedAt, tenant.IsDemo)
            .Saying(RiskTexts.RegisterSummary.With(o.Risks.Count, open, AssessmentText(o)));
    }

    public async Task<object?> GetDetailAsync(string controlId, CancellationToken ct)
    {
        var o = await status.OverviewAsync(ct);
        return new
        {
            riskManagement = new
            {
                check = RiskManagementRule.Check,
                outcome = RiskStatus.StatusOf(o.Management.Outcome),
                nextAssessmentDue = o.Management.NextAssessmentDue,
                findings = o.Management.Findings.Select(FindingView.Of).ToList(),
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

    private static (string Status, string Summary, string SummaryDa) Management(RiskOverview o)
    {
        var assessment = o.Management.NextAssessmentDue is { } due && o.Today <= due;
        var soa = o.BoardDecisions.Any(c => c.SubjectKind == SoaService.Kind && c.Approved > 0);
        var status = assessment && soa ? ControlStatuses.Met : assessment || soa ? ControlStatuses.PartiallyMet : ControlStatuses.NotMet;
        // A list of counts is no single template: each language joins its own rendered counts.
        string Counts(string language) => o.BoardDecisions.Count == 0 ? RiskTexts.BoardNone.With().InLanguage(language)
            : string.Join(", ", o.BoardDecisions.Select(c => RiskTexts.BoardApprovedCount.With(c.Approved, c.SubjectKind).InLanguage(language)));
        return (status, RiskTexts.BoardSummary.With(o.Method.ReviewPeriodMonths, Counts(TextLanguage.English)).English,
            RiskTexts.BoardSummary.With(o.Method.ReviewPeriodMonths, Counts(TextLanguage.Danish)).Danish);
    }

    private static CodedText AssessmentText(RiskOverview o) => o.LastAssessment is { } a
        ? RiskTexts.AssessmentNumbered.With(a.Number, a.Decision switch
        {
            nameof(Decision.Approved) => RiskTexts.DecisionApproved.With(),
            nameof(Decision.Rejected) => RiskTexts.DecisionRejected.With(),
            nameof(Decision.Pending) => RiskTexts.DecisionPending.With(),
            nameof(Decision.Expired) => RiskTexts.DecisionExpired.With(),
            _ => (object)a.Decision.ToLowerInvariant(),
        })
        : RiskTexts.AssessmentNone.With();
}
