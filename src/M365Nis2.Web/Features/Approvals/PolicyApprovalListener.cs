namespace M365Nis2.Web.Features.Approvals;

/// <summary>A policy version the management body has just approved, as the signed decision states it.</summary>
/// <param name="Sha256">The approved document's hash (its vault artefact id).</param>
/// <param name="ControlIds">The NIS2 controls the policy serves.</param>
[FeatureContract]
public sealed record PolicyVersionApproved(
    string PolicyId,
    string Title,
    int Version,
    string Sha256,
    string ContentType,
    string? FileName,
    IReadOnlyList<string> ControlIds,
    DateTimeOffset ApprovedAt,
    string RoundId,
    string DecisionArtefactId);

/// <summary>
/// Told when a policy version is approved (registered with <c>services.AddSingleton&lt;IPolicyApprovalListener, T&gt;()</c>).
/// Called after the decision is signed and the policy updated, before the round is marked done: at least once (a crash
/// before that calls it again), so it must be idempotent and quick (record the work, let a job do it).
/// </summary>
[FeatureContract]
public interface IPolicyApprovalListener
{
    Task OnApprovedAsync(PolicyVersionApproved approved, CancellationToken ct);
}
