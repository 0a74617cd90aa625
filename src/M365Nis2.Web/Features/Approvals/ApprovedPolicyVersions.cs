using M365Nis2.Domain.Approvals;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>A policy's current approved version as its signed decision states it, for features that act on it later than
/// the moment of approval (e.g. the CISO putting an already-approved version to staff).</summary>
[FeatureContract]
public interface IApprovedPolicyVersions
{
    /// <summary>Null when the policy is unknown, has no approved version, or the approval was not decided by a round here.</summary>
    Task<PolicyVersionApproved?> CurrentAsync(string policyId, CancellationToken ct);
}

internal sealed class ApprovedPolicyVersions(PolicyStore policies, ApprovalRoundStore rounds) : IApprovedPolicyVersions
{
    public async Task<PolicyVersionApproved?> CurrentAsync(string policyId, CancellationToken ct)
    {
        if (await policies.FindAsync(policyId, ct) is not { ApprovedVersion: { } approved, ApprovedSha256: { } sha256 } policy)
            return null;
        StoredRound? decided = null;
        foreach (var id in await rounds.RoundIdsOfPolicyAsync(policyId, ct))
        {
            if (await rounds.FindAsync(id, ct) is { Subject: null, DecisionArtefactId: not null } r && r.Round.Version == approved
                && r.Round.Decision == Decision.Approved && r.Round.DocumentSha256 == sha256)
                decided = r;
        }
        if (decided is null)
            return null;
        var version = await policies.FindVersionAsync(policyId, approved, ct);
        return new PolicyVersionApproved(policyId, policy.Title, approved, sha256, version?.ContentType ?? "application/octet-stream",
            version?.FileName, policy.Controls, decided.Round.DecidedAt ?? policy.ApprovedAt ?? decided.StartedAt, decided.RoundId,
            decided.DecisionArtefactId!);
    }
}
