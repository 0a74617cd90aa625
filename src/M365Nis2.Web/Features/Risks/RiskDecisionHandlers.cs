using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Risks;
using M365Nis2.Web.Features.Approvals;

namespace M365Nis2.Web.Features.Risks;

/// <summary>
/// The board decided on an acceptance: record who accepted (or that it was rejected or lapsed) on the risk. Idempotent:
/// only the round the risk is waiting for, and only while its acceptance is pending, changes anything.
/// </summary>
public sealed class AcceptanceDecidedHandler(RiskService risks, TreatmentTaskOpener tasks) : IApprovalSubjectHandler
{
    public string Kind => RiskDecisionService.AcceptanceKind;

    public async Task OnDecidedAsync(SubjectDecision decision, CancellationToken ct)
    {
        var outcome = decision.Decision switch
        {
            Decision.Approved => AcceptanceDecision.Accepted,
            Decision.Rejected => AcceptanceDecision.Rejected,
            _ => AcceptanceDecision.Lapsed,
        };
        var action = outcome switch
        {
            AcceptanceDecision.Accepted => "accepted",
            AcceptanceDecision.Rejected => "acceptance-rejected",
            _ => "acceptance-lapsed",
        };
        var written = await risks.ChangeAsync(decision.SubjectId, Board, action, $"decision {decision.DecisionArtefactId}", s =>
            s.AcceptanceRoundId == decision.RoundId && s.Acceptance is { Decision: AcceptanceDecision.Pending } pending
                ? s with
                {
                    Acceptance = pending with
                    {
                        Decision = outcome,
                        DecidedAt = decision.DecidedAt,
                        AcceptedBy = [.. decision.Approvers.Select(a => new Person(a.ObjectId, a.DisplayName))],
                    },
                }
                : null, ct);
        // Also on a repeat (the change is then already there): the conditions become the owner's tasks once.
        if (decision.Decision == Decision.Approved && written.Risk is { } stored)
            await tasks.OpenAsync(stored, ct);
    }

    internal static readonly Person Board = new("board", "Management body");
}

/// <summary>The owner decided on the treatment plan: an approval is recorded, bound to the plan the owner saw.</summary>
public sealed class TreatmentDecidedHandler(RiskService risks, TreatmentTaskOpener tasks) : IApprovalSubjectHandler
{
    public string Kind => RiskDecisionService.TreatmentKind;

    public async Task OnDecidedAsync(SubjectDecision decision, CancellationToken ct)
    {
        var owner = decision.Approvers is [var first, ..] ? first : null;
        var written = await risks.ChangeAsync(decision.SubjectId, owner is null ? AcceptanceDecidedHandler.Board : new(owner.ObjectId, owner.DisplayName),
            decision.Decision == Decision.Approved ? "plan-approved" : "plan-not-approved", $"decision {decision.DecisionArtefactId}", s =>
            s.PlanRoundId != decision.RoundId ? null
            : decision.Decision == Decision.Approved && owner is not null
                ? s with { PlanApproval = new OwnerApproval(owner.ObjectId, decision.DecidedAt, decision.Sha256), PlanRoundId = null }
                : s with { PlanRoundId = null }, ct);
        // The planned measures of the approved plan become the owner's tasks (once; a repeat finds them).
        if (decision.Decision == Decision.Approved && written.Risk is { } stored)
            await tasks.OpenAsync(stored, ct);
    }
}
