using System.Globalization;
using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>A text in English and Danish; the card shows the one for the approver's Teams locale.</summary>
[FeatureContract]
public sealed record LocalText(string En, string Da)
{
    public static LocalText Same(string text) => new(text, text);

    public string For(CultureInfo culture) => culture.TwoLetterISOLanguageName == "da" ? Da : En;
}

/// <summary>One line the card states about the subject (e.g. "Score: 12 (appetite 6)").</summary>
[FeatureContract]
public sealed record SubjectFact(LocalText Label, LocalText Value);

/// <summary>
/// Something the management body (or a named approver) decides on: a policy version, a risk acceptance, the yearly risk
/// assessment, a Statement of Applicability version, a treatment plan, a scope classification … Votes are bound to
/// <see cref="Sha256"/>, the hash of the subject's canonical state, so a subject changed after the card was sent asks
/// for a new round.
/// </summary>
/// <param name="Kind">Stable kind, lower case with dashes, e.g. <c>risk-acceptance</c>; names the handler told of the decision.</param>
/// <param name="Id">The subject's id within its kind (e.g. <c>R-4</c>).</param>
/// <param name="Version">The subject's version (1 or more).</param>
/// <param name="Facts">What the card states about the subject, in the order shown (at most 10).</param>
/// <param name="LinkPath">Where the subject opens in the tab, e.g. <c>/tab/risks/R-4</c> (relative to the public base URL).</param>
/// <param name="ControlIds">NIS2 controls the signed decision is filed under besides <c>art20.1</c>.</param>
[FeatureContract]
public sealed record ApprovalSubject(
    string Kind,
    string Id,
    int Version,
    string Sha256,
    LocalText Title,
    IReadOnlyList<SubjectFact> Facts,
    string LinkPath,
    IReadOnlyList<string> ControlIds);

/// <summary>Put a subject to a vote.</summary>
/// <param name="RequestedBy">Entra object id of the person asking (told of the decision).</param>
/// <param name="ApproverIds">Entra object ids of the approvers; null = the board (Roles:BoardGroupId).</param>
/// <param name="ExcludeRequester">Leave the requester out of the approvers (they may not approve their own request).</param>
[FeatureContract]
public sealed record SubjectRoundRequest(
    ApprovalSubject Subject,
    string RequestedBy,
    IReadOnlyList<string>? ApproverIds,
    bool ExcludeRequester,
    QuorumRule Quorum,
    DateTimeOffset Deadline);

/// <summary>The round id, or why none was started (400) / a round on this subject is still open (409).</summary>
[FeatureContract]
public sealed record SubjectRoundStart(string? RoundId, IReadOnlyList<CodedText> Problems, bool Conflict = false);

/// <summary>A decided round as the owning feature is told of it, after the decision record is signed.</summary>
/// <param name="Approvers">Who voted to approve (the votes that counted).</param>
[FeatureContract]
public sealed record SubjectDecision(
    string RoundId,
    string Kind,
    string SubjectId,
    int Version,
    string Sha256,
    Decision Decision,
    DateTimeOffset DecidedAt,
    IReadOnlyList<Approver> Approvers,
    string DecisionArtefactId);

/// <summary>Where a subject round stands, for the owning feature's pages.</summary>
[FeatureContract]
public sealed record SubjectRoundStatus(string RoundId, string Kind, string SubjectId, int Version, string Sha256, Decision Decision,
    DateTimeOffset Deadline, DateTimeOffset? DecidedAt, Tally Tally, IReadOnlyList<Approver> Approvers, string? DecisionArtefactId);

/// <summary>The public contract of the approval machinery for subjects other than policies.</summary>
[FeatureContract]
public interface IApprovalSubjects
{
    Task<SubjectRoundStart> StartAsync(SubjectRoundRequest request, CancellationToken ct);

    Task<SubjectRoundStatus?> FindAsync(string roundId, CancellationToken ct);
}

/// <summary>
/// Implemented by the feature that owns a subject kind, registered with <c>services.AddApprovalSubjectHandler&lt;T&gt;()</c>.
/// Called once the signed decision exists; at least once (a crash before the round is marked done calls it again), so
/// it must be idempotent.
/// </summary>
[FeatureContract]
public interface IApprovalSubjectHandler
{
    string Kind { get; }

    Task OnDecidedAsync(SubjectDecision decision, CancellationToken ct);
}
