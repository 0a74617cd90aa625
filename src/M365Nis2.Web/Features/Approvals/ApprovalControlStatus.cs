using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Approvals;

public sealed record PolicyControlLine(string PolicyId, string Title, string Status, int? ApprovedVersion, DateOnly? NextReviewDue, string? OpenRoundId);

/// <summary>Status of one control from the policy register: "Met" only when every policy tagged with it is approved and current.</summary>
public sealed record ApprovalControlStatusView(string ControlId, string Status, DateTimeOffset? LastEvidenceAt, string Summary,
    IReadOnlyList<PolicyControlLine> Policies, string? SummaryDa = null);

/// <summary>
/// Art. 21(2)(a) (policies) and Art. 20(1) (management approval) from the register, for the tab. Shaped like the coming
/// IControlStatusProvider (status + last evidence time + summary) so adapting is trivial.
/// </summary>
public sealed class ApprovalControlStatus(PolicyService policies)
{
    public static readonly string[] Controls = ["art21.2.a", "art20.1"];

    public async Task<IReadOnlyList<ApprovalControlStatusView>> GetControlStatusAsync(CancellationToken ct)
    {
        var all = await policies.ListAsync(ct);
        return [.. Controls.Select(control =>
        {
            // Art. 20(1) covers every policy the board approves; Art. 21(2)(a) the policies tagged with it.
            var relevant = control == "art20.1" ? all : [.. all.Where(p => p.ControlIds.Contains(control))];
            var lines = relevant.Select(p => new PolicyControlLine(p.PolicyId, p.Title, p.Status, p.ApprovedVersion, p.NextReviewDue, p.OpenRoundId)).ToList();
            var current = lines.Count(l => l.Status is "Current" or "ReviewDueSoon");
            var status = lines.Count == 0 ? "NoEvidenceYet" : current == lines.Count ? "Met" : current > 0 ? "PartiallyMet" : "NotMet";
            var pending = lines.Count(l => l.OpenRoundId is not null);
            var overdue = lines.Count(l => l.Status == "Overdue");
            var summary = lines.Count == 0 ? SummaryTexts.PoliciesNone.With() : SummaryTexts.Policies.With(current, lines.Count, overdue, pending);
            return new ApprovalControlStatusView(control, status, relevant.Max(p => p.ApprovedAt), summary.English, lines, summary.Danish);
        })];
    }
}
