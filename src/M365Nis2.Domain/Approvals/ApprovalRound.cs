namespace M365Nis2.Domain.Approvals;

/// <summary>
/// One approval round for one version of a policy document (Art. 20(1)). Immutable: <see cref="CastVote"/> and
/// <see cref="Close"/> return a new round. Every vote is kept (<see cref="Votes"/> is the history, oldest first);
/// the voter's latest vote counts.
/// </summary>
/// <remarks>
/// Decisions made here: a vote may be changed only while the round is pending, since a decision is final once the
/// outcome can no longer change; a rejection requires a reason (up to <see cref="MaxCommentLength"/> characters),
/// because a reject without a reason is poor governance; a vote at or after the deadline is refused; a round that reaches
/// its deadline undecided is <see cref="Decision.Expired"/> ("not approved — quorum not reached by the deadline").
/// </remarks>
public sealed record ApprovalRound
{
    public const int MaxCommentLength = 1000;

    private ApprovalRound(string policyId, int version, string documentSha256, IReadOnlyList<Approver> approvers,
        QuorumRule rule, DateTimeOffset deadline)
    {
        PolicyId = policyId;
        Version = version;
        DocumentSha256 = documentSha256;
        Approvers = approvers;
        Rule = rule;
        Deadline = deadline;
    }

    public string PolicyId { get; }
    public int Version { get; }
    public string DocumentSha256 { get; }
    public IReadOnlyList<Approver> Approvers { get; }
    public QuorumRule Rule { get; }
    public DateTimeOffset Deadline { get; }

    /// <summary>Every vote cast, oldest first, including superseded ones.</summary>
    public IReadOnlyList<Vote> Votes { get; private init; } = [];

    public Decision Decision { get; private init; } = Decision.Pending;

    /// <summary>When the round was decided (the deciding vote's time, or the deadline when it expired).</summary>
    public DateTimeOffset? DecidedAt { get; private init; }

    public bool IsClosed => Decision != Decision.Pending;

    /// <summary>Starts a round; throws <see cref="ArgumentException"/> listing every problem with the input.</summary>
    public static ApprovalRound Start(string policyId, int version, string documentSha256, IEnumerable<Approver> approvers,
        QuorumRule rule, DateTimeOffset deadline)
    {
        var list = approvers.ToList();
        var problems = new List<string>(rule.Validate(list.Count));
        if (string.IsNullOrWhiteSpace(policyId))
            problems.Add("A policy id is required.");
        if (version < 1)
            problems.Add("The version must be 1 or more.");
        if (documentSha256.Length != 64 || !documentSha256.All(Uri.IsHexDigit))
            problems.Add("The document hash must be a sha256 in hex (64 characters).");
        var duplicates = list.GroupBy(a => a.ObjectId, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (duplicates.Count > 0)
            problems.Add($"Approvers are listed twice: {string.Join(", ", duplicates)}.");
        if (problems.Count > 0)
            throw new ArgumentException(string.Join(" ", problems));
        return new(policyId, version, documentSha256.ToLowerInvariant(), list, rule, deadline);
    }

    /// <summary>The vote that counts for each approver who has voted.</summary>
    public IReadOnlyDictionary<string, Vote> CurrentVotes => Votes
        .GroupBy(v => v.ObjectId, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The vote that counts for this approver, or null.</summary>
    public Vote? CurrentVoteOf(string objectId) => Votes.LastOrDefault(v => SameId(v.ObjectId, objectId));

    public Tally Tally
    {
        get
        {
            var current = CurrentVotes.Values.ToList();
            var approved = current.Count(v => v.Choice == VoteChoice.Approve);
            var rejected = current.Count - approved;
            return new(approved, rejected, Approvers.Count - current.Count, Rule.Needed(Approvers.Count));
        }
    }

    /// <summary>Records a vote, or refuses it with a reason. Refusal order: not an approver, closed, past deadline, stale document, comment.</summary>
    public VoteResult CastVote(string objectId, VoteChoice choice, string? comment, string documentHash, DateTimeOffset at)
    {
        var approver = Approvers.FirstOrDefault(a => SameId(a.ObjectId, objectId));
        if (approver is null)
            return Refuse(VoteRefusal.NotAnApprover, "You are not an approver in this round.");
        if (IsClosed)
            return Refuse(VoteRefusal.RoundClosed, $"This round is closed ({Decision}); votes can no longer be cast or changed.");
        if (at >= Deadline)
            return Refuse(VoteRefusal.PastDeadline, "The deadline for this round has passed.");
        if (!string.Equals(documentHash, DocumentSha256, StringComparison.OrdinalIgnoreCase))
            return Refuse(VoteRefusal.StaleDocument, "This card is for an older version of the document; vote on the current card.");
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (choice == VoteChoice.Reject && text is null)
            return Refuse(VoteRefusal.ReasonRequired, "Please give a reason when you reject.");
        if (text is { Length: > MaxCommentLength })
            return Refuse(VoteRefusal.CommentTooLong, $"The comment is longer than {MaxCommentLength} characters.");

        var previous = CurrentVoteOf(objectId);
        if (previous is not null && previous.Choice == choice && previous.Comment == text)
            return new(VoteOutcome.Unchanged, this);

        var vote = new Vote(approver.ObjectId, approver.DisplayName, choice, text, DocumentSha256, at);
        var next = this with { Votes = [.. Votes, vote] };
        var tally = next.Tally;
        var decision = Rule.Decide(Approvers.Count, tally.Approved, tally.Rejected);
        if (decision != Decision.Pending)
            next = next with { Decision = decision, DecidedAt = at };
        return new(previous is null ? VoteOutcome.Recorded : VoteOutcome.Changed, next) { Decided = next.IsClosed };
    }

    /// <summary>
    /// Closes the round if its time has come: a decided round stays as it is; an undecided round at or after the deadline
    /// becomes <see cref="Decision.Expired"/>; before the deadline an undecided round stays open (returned unchanged).
    /// </summary>
    public ApprovalRound Close(DateTimeOffset now) =>
        !IsClosed && now >= Deadline ? this with { Decision = Decision.Expired, DecidedAt = Deadline } : this;

    private VoteResult Refuse(VoteRefusal reason, string message) => new(VoteOutcome.Refused, this, reason, message);

    private static bool SameId(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
