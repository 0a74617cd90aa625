namespace M365Nis2.Domain.Approvals;

/// <summary>A member of the management body asked to approve, by Entra object id.</summary>
public sealed record Approver(string ObjectId, string DisplayName);

public enum VoteChoice
{
    Approve = 0,
    Reject,
}

/// <summary>One vote as cast. A round keeps every vote, so a changed vote leaves its history.</summary>
/// <param name="DocumentHash">The sha256 of the document the voter saw on the card.</param>
public sealed record Vote(string ObjectId, string DisplayName, VoteChoice Choice, string? Comment, string DocumentHash, DateTimeOffset At);

/// <summary>What happened to a vote.</summary>
public enum VoteOutcome
{
    /// <summary>The voter's first vote.</summary>
    Recorded = 0,
    /// <summary>The voter changed their choice or comment before the decision; the earlier vote stays in the history.</summary>
    Changed,
    /// <summary>The same vote again (a repeated click): nothing recorded, the round is unchanged.</summary>
    Unchanged,
    /// <summary>Not recorded; see <see cref="VoteResult.Refusal"/>.</summary>
    Refused,
}

/// <summary>Why a vote was not recorded.</summary>
public enum VoteRefusal
{
    None = 0,
    NotAnApprover,
    /// <summary>The card was issued for another version of the document.</summary>
    StaleDocument,
    /// <summary>The round is decided or closed.</summary>
    RoundClosed,
    PastDeadline,
    /// <summary>A rejection must say why.</summary>
    ReasonRequired,
    CommentTooLong,
}

/// <summary>The result of <see cref="ApprovalRound.CastVote"/>: the round after the vote (unchanged when refused).</summary>
public sealed record VoteResult(VoteOutcome Outcome, ApprovalRound Round, VoteRefusal Refusal = VoteRefusal.None, string? Message = null)
{
    public bool IsRefused => Outcome == VoteOutcome.Refused;

    /// <summary>True when this vote decided the round, so the caller signs the record and updates every card.</summary>
    public bool Decided { get; init; }
}

/// <summary>Counts for a card: "3 approved, 1 rejected, 1 pending, 3 needed".</summary>
public sealed record Tally(int Approved, int Rejected, int Pending, int Needed);
