using M365Nis2.Domain.Catalogue;

namespace M365Nis2.Web.Features.Approvals;

public sealed record VersionState(int Version, string Sha256, string? FileName, string ContentType, long Size, string UploadedBy,
    DateTimeOffset UploadedAt, string State, string? RoundId);

public sealed record RoundSummary(string RoundId, int Version, string Decision, DateTimeOffset StartedAt, DateTimeOffset DueAt, DateTimeOffset? DecidedAt,
    string? DecisionArtefactId);

public sealed record PolicyDetail(PolicyView Policy, IReadOnlyList<VersionState> Versions, IReadOnlyList<RoundSummary> Rounds);

/// <summary>One row of the NIS2 document checklist: does the document exist, is it approved, current or overdue.</summary>
public sealed record ChecklistItem(string DocumentId, string Title, IReadOnlyList<string> Measures, string Kind, string? PolicyId, string? TemplateKey,
    string State, int? ApprovedVersion, DateOnly? NextReviewDue);

/// <summary>
/// The register as the tab shows it: a policy with every version's approval state and its rounds, the vendor guide's
/// document checklist, and the rounds one board member is asked to decide.
/// </summary>
public sealed class PolicyRegister(PolicyService policies, PolicyStore store, ApprovalRoundStore rounds)
{
    /// <summary>Documents the checklist calls registers live in their own pages, not in the policy register.</summary>
    private static readonly HashSet<string> Registers = ["risk_register", "supplier_register", "access_register", "asset_register", "risk_assessment", "risk_treatment_plan", "vulnerability_analysis"];

    public async Task<PolicyDetail?> DetailAsync(string policyId, CancellationToken ct)
    {
        var view = (await policies.ListAsync(ct)).FirstOrDefault(p => p.PolicyId == policyId);
        if (view is null)
        {
            return null;
        }
        var summaries = new List<RoundSummary>();
        foreach (var id in await rounds.RoundIdsOfPolicyAsync(policyId, ct))
        {
            if (await rounds.FindAsync(id, ct) is { } r)
            {
                summaries.Add(new(r.RoundId, r.Round.Version, r.Round.Decision.ToString(), r.StartedAt, r.Round.Deadline, r.Round.DecidedAt, r.DecisionArtefactId));
            }
        }
        summaries = [.. summaries.OrderByDescending(s => s.StartedAt)];
        var versions = (await store.VersionsAsync(policyId, ct)).OrderByDescending(v => v.Version).Select(v =>
        {
            var latestRound = summaries.FirstOrDefault(s => s.Version == v.Version);
            var state = v.Version == view.ApprovedVersion ? "approved"
                : latestRound is { Decision: "Pending" } ? "inRound"
                : latestRound is { } decided ? decided.Decision.ToLowerInvariant()
                : v.Version < (view.ApprovedVersion ?? 0) ? "superseded" : "draft";
            return new VersionState(v.Version, v.Sha256, v.FileName, v.ContentType, v.Size, v.UploadedBy, v.UploadedAt, state, latestRound?.RoundId);
        }).ToList();
        return new(view, versions, summaries);
    }

    public async Task<IReadOnlyList<ChecklistItem>> ChecklistAsync(CancellationToken ct)
    {
        var list = await policies.ListAsync(ct);
        return [.. Nis2Catalogue.Default.Documents.Select(d =>
        {
            var template = PolicyTemplates.All.FirstOrDefault(t => t.DocumentId == d.Id);
            var policy = list.FirstOrDefault(p => p.PolicyId == (template?.PolicyKey ?? d.Id.Replace('_', '-')));
            var kind = Registers.Contains(d.Id) ? "register" : "policy";
            var state = policy is null ? "missing" : policy.Status.ToLowerInvariant() switch
            {
                "current" => "current",
                "reviewduesoon" => "reviewDueSoon",
                "overdue" => "overdue",
                _ => "notApproved",
            };
            return new ChecklistItem(d.Id, d.Title, d.Measures, kind, policy?.PolicyId, template?.PolicyKey, state, policy?.ApprovedVersion, policy?.NextReviewDue);
        })];
    }

    /// <summary>Rounds where <paramref name="objectId"/> is an approver, open first, then decided (newest first).</summary>
    public async Task<IReadOnlyList<RoundView>> RoundsOfApproverAsync(string objectId, CancellationToken ct)
    {
        var mine = new List<RoundView>();
        foreach (var id in await rounds.RoundIdsOfPolicyAsync(null, ct))
        {
            if (await rounds.FindAsync(id, ct) is { } r && r.Round.Approvers.Any(a => string.Equals(a.ObjectId, objectId, StringComparison.OrdinalIgnoreCase)))
            {
                mine.Add(ApprovalService.View(r, []));
            }
        }
        return [.. mine.OrderBy(r => r.Decision == "Pending" ? 0 : 1).ThenByDescending(r => r.StartedAt)];
    }
}
