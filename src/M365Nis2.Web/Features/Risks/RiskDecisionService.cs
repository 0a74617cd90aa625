using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Risks;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Approvals;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Risks;

/// <summary>
/// Puts a risk to a decision through the approval machinery: its acceptance to the board (without the requester), its
/// treatment plan to the risk owner. The round is started first and then recorded on the risk, so a failed start
/// leaves the risk as it was.
/// </summary>
public sealed class RiskDecisionService(
    RiskService risks,
    RiskMethodService methods,
    IApprovalSubjects approvals,
    RiskSubjects subjects,
    IOptions<RisksOptions> options,
    RiskClock clock)
{
    public const string AcceptanceKind = "risk-acceptance";
    public const string TreatmentKind = "risk-treatment";

    public async Task<RiskWrite> RequestAcceptanceAsync(string id, AcceptanceInput input, Person requester, CancellationToken ct)
    {
        if (await risks.FindAsync(id, ct) is not { } stored)
            return new(null, [], NotFound: true);
        var method = await methods.CurrentAsync(ct);
        if (input.ExpiresOn is not { } expiresOn)
            return new(null, [RiskInputTexts.ExpiryRequired.With()]);
        var request = new AcceptanceRequest(input.Justification?.Trim() ?? "", [.. (input.Conditions ?? []).Select(c => c?.Trim() ?? "")], expiresOn);
        var problems = AcceptanceRules.Validate(method, stored.Risk, request, clock.Today);
        if (problems.Count > 0)
            return new(null, problems);
        if (stored.Acceptance is { Decision: AcceptanceDecision.Pending })
            return new(null, [RiskInputTexts.AcceptanceOpen.With(id, stored.AcceptanceRoundId)], Conflict: true);

        var sha = RiskHashes.Risk(stored.Risk, method);
        var acceptance = new RiskAcceptance(id, sha, requester, clock.Now, request.Justification, request.Conditions, request.ExpiresOn);
        var subject = subjects.Acceptance(stored.Risk, method, acceptance, stored.Version);
        var start = await approvals.StartAsync(new SubjectRoundRequest(subject, requester.ObjectId, null, ExcludeRequester: true,
            QuorumRule.Majority, input.DueAt ?? clock.Now.AddDays(options.Value.DecisionDays)), ct);
        if (start.RoundId is not { } roundId)
            return new(null, start.Problems, Conflict: start.Conflict);
        return await risks.ChangeAsync(id, requester, "acceptance-requested", request.Justification,
            s => s with { Acceptance = acceptance, AcceptanceRoundId = roundId }, ct);
    }

    /// <summary>Sends the current treatment plan to the risk owner for approval (a round with the owner as the only approver).</summary>
    public async Task<RiskWrite> RequestPlanApprovalAsync(string id, Person requester, CancellationToken ct)
    {
        if (await risks.FindAsync(id, ct) is not { } stored)
            return new(null, [], NotFound: true);
        if (stored.PlanApproval?.Covers(stored.Risk) == true)
            return new(null, [RiskInputTexts.PlanApproved.With()]);
        if (stored.PlanRoundId is { } open && await approvals.FindAsync(open, ct) is { Decision: Decision.Pending })
            return new(null, [RiskInputTexts.PlanOpen.With(open)], Conflict: true);
        var subject = subjects.TreatmentPlan(stored.Risk, await methods.CurrentAsync(ct), stored.Version);
        var start = await approvals.StartAsync(new SubjectRoundRequest(subject, requester.ObjectId, [stored.Risk.Owner.ObjectId],
            ExcludeRequester: false, QuorumRule.All, clock.Now.AddDays(options.Value.DecisionDays)), ct);
        if (start.RoundId is not { } roundId)
            return new(null, start.Problems, Conflict: start.Conflict);
        return await risks.ChangeAsync(id, requester, "plan-approval-requested", null, s => s with { PlanRoundId = roundId }, ct);
    }
}
