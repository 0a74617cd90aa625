using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Risks;

namespace M365Nis2.Web.Features.Risks;

/// <summary>The register judged today: each risk's posture, the (a) rule and the board's decisions on risk subjects.</summary>
public sealed record RiskOverview(
    RiskMethod Method,
    IReadOnlyList<(StoredRisk Stored, RiskPosture Posture)> Risks,
    RiskManagementStatus Management,
    AssessmentRecord? LastAssessment,
    SoaRecord? LatestSoa,
    IReadOnlyList<BoardDecisionCount> BoardDecisions,
    DateOnly Today);

/// <summary>Reads everything the status of Art. 21(2)(a) and Art. 20(1) needs from the risk feature, once.</summary>
public sealed class RiskStatus(RiskService risks, RiskMethodService methods, AssessmentService assessments, SoaService soa, RiskClock clock)
{
    public async Task<RiskOverview> OverviewAsync(CancellationToken ct)
    {
        var method = await methods.CurrentAsync(ct);
        var today = clock.Today;
        var register = await risks.ListAsync(ct);
        var records = register.Select(r => new RiskRecord(r.Risk, r.PlanApproval, r.Acceptance)).ToList();
        var management = RiskManagementRule.Evaluate(method, await assessments.LastApprovedAsync(ct), records, today);
        var assessmentList = await assessments.ListAsync(ct);
        var soaList = await soa.VersionsAsync(ct);

        var decisions = new List<BoardDecision>();
        decisions.AddRange(assessmentList.Where(a => a.DecidedAt is not null)
            .Select(a => new BoardDecision(AssessmentService.Kind, a.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), Parse(a.Decision), clock.DateOn(a.DecidedAt!.Value))));
        decisions.AddRange(soaList.Where(s => s.DecidedAt is not null)
            .Select(s => new BoardDecision(SoaService.Kind, s.Statement.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), Parse(s.Decision), clock.DateOn(s.DecidedAt!.Value))));
        decisions.AddRange(register.Where(r => r.Acceptance?.DecidedAt is not null)
            .Select(r => new BoardDecision(RiskDecisionService.AcceptanceKind, r.Risk.Id, r.Acceptance!.Decision switch
            {
                AcceptanceDecision.Accepted => Decision.Approved,
                AcceptanceDecision.Rejected => Decision.Rejected,
                _ => Decision.Expired,
            }, clock.DateOn(r.Acceptance.DecidedAt!.Value))));

        return new(method, [.. register.Select((r, i) => (r, RiskPosture.Of(records[i], method, today)))], management,
            assessmentList is [.., var a] ? a : null, soaList is [.., var s] ? s : null, BoardDecisions.Count(decisions, today, method.ReviewPeriodMonths), today);
    }

    private static Decision Parse(string decision) => Enum.TryParse<Decision>(decision, out var d) ? d : Decision.Pending;

    public static string StatusOf(Outcome outcome) => outcome switch
    {
        Outcome.Met => "Met",
        Outcome.PartiallyMet => "PartiallyMet",
        Outcome.NotMet => "NotMet",
        _ => "Unknown",
    };
}
