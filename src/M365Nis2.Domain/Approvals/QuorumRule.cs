namespace M365Nis2.Domain.Approvals;

/// <summary>How many approvers must approve.</summary>
public enum QuorumKind
{
    /// <summary>More than half of the approvers (3 of 5, 3 of 4).</summary>
    Majority = 0,
    /// <summary>Every approver; one rejection rejects.</summary>
    All,
    /// <summary>At least N of the M approvers.</summary>
    NOfM,
}

/// <summary>The outcome of a round.</summary>
public enum Decision
{
    /// <summary>Not decided yet: enough votes are still outstanding to go either way.</summary>
    Pending = 0,
    /// <summary>Enough approvals: the management body approved the document (Art. 20(1)).</summary>
    Approved,
    /// <summary>Approval became impossible: too many rejections for the quorum to be reached.</summary>
    Rejected,
    /// <summary>
    /// Not approved — the quorum was not reached by the deadline. Kept apart from <see cref="Rejected"/> on purpose:
    /// nobody rejected the measures, the board did not act in time, which an auditor reads differently.
    /// </summary>
    Expired,
}

/// <summary>A quorum rule. Create with <see cref="Majority"/>, <see cref="All"/> or <see cref="NOfM"/>.</summary>
public sealed record QuorumRule
{
    private QuorumRule(QuorumKind kind, int n) => (Kind, N) = (kind, n);

    public QuorumKind Kind { get; }

    /// <summary>The N of <see cref="QuorumKind.NOfM"/>; 0 for the other kinds.</summary>
    public int N { get; }

    public static QuorumRule Majority { get; } = new(QuorumKind.Majority, 0);

    public static QuorumRule All { get; } = new(QuorumKind.All, 0);

    /// <summary>At least <paramref name="n"/> approvals; checked against the approver count by <see cref="Validate"/>.</summary>
    public static QuorumRule NOfM(int n) => n >= 1
        ? new(QuorumKind.NOfM, n)
        : throw new ArgumentOutOfRangeException(nameof(n), n, "N of M needs N of at least 1.");

    /// <summary>Approvals needed among <paramref name="approverCount"/> approvers.</summary>
    public int Needed(int approverCount) => Kind switch
    {
        QuorumKind.Majority => approverCount / 2 + 1,
        QuorumKind.All => approverCount,
        _ => N,
    };

    /// <summary>Problems that make this rule unusable for that many approvers; empty when valid.</summary>
    public IReadOnlyList<string> Validate(int approverCount)
    {
        if (approverCount < 1)
            return ["An approval round needs at least one approver."];
        if (Kind == QuorumKind.NOfM && N > approverCount)
            return [$"Quorum {this} needs {N} approvals but there are only {approverCount} approvers."];
        return [];
    }

    /// <summary>
    /// The decision on the current votes, taken as soon as the outcome can no longer change: Approved once approvals reach
    /// the quorum, Rejected once the approvals plus the outstanding votes cannot reach it. The deadline is not considered
    /// here (see <see cref="ApprovalRound.Close"/>).
    /// </summary>
    public Decision Decide(int approverCount, int approvals, int rejections)
    {
        var needed = Needed(approverCount);
        if (approvals >= needed)
            return Decision.Approved;
        var outstanding = approverCount - approvals - rejections;
        return approvals + outstanding < needed ? Decision.Rejected : Decision.Pending;
    }

    public override string ToString() => Kind switch
    {
        QuorumKind.Majority => "majority",
        QuorumKind.All => "all",
        _ => $"{N} of M",
    };
}
