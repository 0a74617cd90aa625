using M365Nis2.Domain.Approvals;

namespace M365Nis2.Domain.Risks;

/// <summary>One decision of the management body on a subject (a policy version, a risk acceptance, an assessment, the SoA …).</summary>
/// <param name="SubjectKind">The subject kind as the approval machinery names it, e.g. <c>risk-acceptance</c>.</param>
public sealed record BoardDecision(string SubjectKind, string SubjectId, Decision Decision, DateOnly DecidedOn);

/// <summary>Decisions of one subject kind within a period.</summary>
public sealed record BoardDecisionCount(string SubjectKind, int Approved, int Rejected, int Expired);

/// <summary>
/// What Art. 20(1) ("the management body approves the risk-management measures") counts: every decided round on every
/// subject kind in the last review period, approved apart from rejected and expired (an expired round shows the board
/// did not act, which an auditor reads differently from a rejection).
/// </summary>
public static class BoardDecisions
{
    public static IReadOnlyList<BoardDecisionCount> Count(IEnumerable<BoardDecision> decisions, DateOnly today, int periodMonths)
    {
        var from = today.AddMonths(-periodMonths);
        return [.. decisions
            .Where(d => d.Decision != Decision.Pending && d.DecidedOn > from && d.DecidedOn <= today)
            .GroupBy(d => d.SubjectKind, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new BoardDecisionCount(g.Key,
                g.Count(d => d.Decision == Decision.Approved),
                g.Count(d => d.Decision == Decision.Rejected),
                g.Count(d => d.Decision == Decision.Expired)))];
    }
}
