using System.ComponentModel.DataAnnotations;
using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Scope;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Approvals;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Scope;

/// <summary>Settings of the scope feature (section "Scope").</summary>
public sealed class ScopeOptions
{
    public const string Section = "Scope";

    /// <summary>Days the board has to decide on a classification.</summary>
    [Range(1, 90)]
    public int DecisionDays { get; set; } = 14;
}

/// <summary>
/// Puts the current classification to the board through the approval machinery (majority of the board, the requester
/// left out) and records its decision. The round is bound to <see cref="ScopeView.Sha256"/>: the approval holds for
/// exactly those answers and that result. The decision record is signed by the approval machinery (filed under Art. 3
/// and Art. 20(1)).
/// </summary>
public sealed class ScopeApprovalService(ScopeService scope, ScopeApprovalStore store, ScopeSubjects subjects, IApprovalSubjects approvals,
    IOptions<ScopeOptions> options, TimeProvider time)
{
    public const string Kind = "scope-classification";

    /// <summary>The view with the round started, or why not (conflict: nothing to send, or already with/approved by the board).</summary>
    public async Task<(ScopeView? View, IReadOnlyList<CodedText> Problems, bool Conflict)> RequestAsync(ScopeActor actor, CancellationToken ct)
    {
        if (await scope.CurrentAsync(ct) is not { } current)
            return (null, [ScopeInputTexts.NothingSaved.With()], true);
        if (ClassificationApproval.RefuseRequest(Enum.Parse<ClassificationApprovalState>(current.Approval.State, ignoreCase: true)) is { } refusal)
            return (null, [refusal], true);
        var now = time.GetUtcNow();
        var deadline = now.AddDays(options.Value.DecisionDays);
        var start = await approvals.StartAsync(new SubjectRoundRequest(subjects.Classification(current), actor.ObjectId, null, ExcludeRequester: true,
            QuorumRule.Majority, deadline), ct);
        if (start.RoundId is not { } roundId)
            return (null, start.Problems, start.Conflict);
        await store.AddAsync(new ScopeRoundRow
        {
            RowKey = roundId, Version = current.Version, Sha256 = current.Sha256, RequestedAt = now, RequestedByName = actor.DisplayName, Deadline = deadline,
        }, ct);
        return (await scope.CurrentAsync(ct), [], false);
    }

    public Task OnDecidedAsync(SubjectDecision decision, CancellationToken ct) => store.DecideAsync(new ScopeRoundRow
    {
        RowKey = decision.RoundId, Version = decision.Version, Sha256 = decision.Sha256, RequestedAt = decision.DecidedAt, Deadline = decision.DecidedAt,
        Decision = (decision.Decision switch
        {
            Decision.Approved => ClassificationDecision.Approved,
            Decision.Rejected => ClassificationDecision.Rejected,
            _ => ClassificationDecision.Lapsed,
        }).ToString(),
        DecidedAt = decision.DecidedAt, DecisionArtefactId = decision.DecisionArtefactId,
        Approvers = string.Join("; ", decision.Approvers.Select(a => a.DisplayName)),
    }, ct);
}

/// <summary>The board decided on a classification: recorded on its round (idempotent, see <see cref="ScopeApprovalStore.DecideAsync"/>).</summary>
public sealed class ScopeDecidedHandler(ScopeApprovalService service) : IApprovalSubjectHandler
{
    public string Kind => ScopeApprovalService.Kind;

    public Task OnDecidedAsync(SubjectDecision decision, CancellationToken ct) => service.OnDecidedAsync(decision, ct);
}
