using M365Nis2.Domain.Approvals;

namespace M365Nis2.Domain.Tests.Approvals;

public class ApprovalRoundTests
{
    private static readonly string Hash = new('a', 64);
    private static readonly string OlderHash = new('b', 64);
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = Start.AddDays(14);

    private static readonly Approver[] Board =
    [
        new("oid-anders", "Anders Kjær"), new("oid-birgitte", "Birgitte Lund"), new("oid-charlotte", "Charlotte Dahl"),
        new("oid-david", "David Miller"), new("oid-emma", "Emma Thompson"),
    ];

    private static ApprovalRound Round(QuorumRule? rule = null) =>
        ApprovalRound.Start("infosec_policy", 3, Hash, Board, rule ?? QuorumRule.Majority, Deadline);

    private static ApprovalRound Approve(ApprovalRound round, params string[] voters) =>
        voters.Aggregate(round, (r, oid) => r.CastVote(oid, VoteChoice.Approve, null, Hash, Start.AddHours(1)).Round);

    [Fact]
    public void First_vote_from_an_approver_is_recorded_with_name_hash_and_time()
    {
        var result = Round().CastVote("oid-anders", VoteChoice.Approve, " Looks good ", Hash, Start.AddHours(1));

        Assert.Equal(VoteOutcome.Recorded, result.Outcome);
        var vote = Assert.Single(result.Round.Votes);
        Assert.Equal(new Vote("oid-anders", "Anders Kjær", VoteChoice.Approve, "Looks good", Hash, Start.AddHours(1)), vote);
        Assert.Equal(Decision.Pending, result.Round.Decision);
        Assert.False(result.Decided);
    }

    [Fact]
    public void Casting_a_vote_leaves_the_original_round_untouched()
    {
        var round = Round();
        round.CastVote("oid-anders", VoteChoice.Approve, null, Hash, Start);
        Assert.Empty(round.Votes);
    }

    [Fact]
    public void Vote_from_non_member_is_refused()
    {
        var result = Round().CastVote("oid-mallory", VoteChoice.Approve, null, Hash, Start);

        Assert.Equal(VoteRefusal.NotAnApprover, result.Refusal);
        Assert.True(result.IsRefused);
        Assert.Empty(result.Round.Votes);
    }

    [Fact]
    public void Object_ids_are_matched_case_insensitively() =>
        Assert.Equal(VoteOutcome.Recorded, Round().CastVote("OID-ANDERS", VoteChoice.Approve, null, Hash, Start).Outcome);

    [Fact]
    public void Vote_against_an_older_document_version_is_refused_as_stale()
    {
        var result = Round().CastVote("oid-anders", VoteChoice.Approve, null, OlderHash, Start);

        Assert.Equal(VoteRefusal.StaleDocument, result.Refusal);
        Assert.Contains("older version", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Repeated_click_with_the_same_vote_is_unchanged_and_records_nothing()
    {
        var once = Round().CastVote("oid-anders", VoteChoice.Approve, "ok", Hash, Start).Round;
        var twice = once.CastVote("oid-anders", VoteChoice.Approve, "ok", Hash, Start.AddMinutes(1));

        Assert.Equal(VoteOutcome.Unchanged, twice.Outcome);
        Assert.Same(once, twice.Round);
    }

    [Fact]
    public void Changed_vote_before_the_decision_counts_and_keeps_the_history()
    {
        var round = Round().CastVote("oid-anders", VoteChoice.Approve, null, Hash, Start).Round;
        var result = round.CastVote("oid-anders", VoteChoice.Reject, "Scope is unclear", Hash, Start.AddHours(2));

        Assert.Equal(VoteOutcome.Changed, result.Outcome);
        Assert.Equal([VoteChoice.Approve, VoteChoice.Reject], result.Round.Votes.Select(v => v.Choice));
        Assert.Equal(VoteChoice.Reject, result.Round.CurrentVoteOf("oid-anders")!.Choice);
        Assert.Equal(new Tally(0, 1, 4, 3), result.Round.Tally);
    }

    [Fact]
    public void Rejection_without_a_reason_is_refused()
    {
        var result = Round().CastVote("oid-anders", VoteChoice.Reject, "   ", Hash, Start);
        Assert.Equal(VoteRefusal.ReasonRequired, result.Refusal);
    }

    [Fact]
    public void Comment_longer_than_the_maximum_is_refused()
    {
        var result = Round().CastVote("oid-anders", VoteChoice.Approve, new string('x', ApprovalRound.MaxCommentLength + 1), Hash, Start);
        Assert.Equal(VoteRefusal.CommentTooLong, result.Refusal);
    }

    [Fact]
    public void Majority_of_five_is_approved_at_the_third_approval()
    {
        var two = Approve(Round(), "oid-anders", "oid-birgitte");
        var third = two.CastVote("oid-charlotte", VoteChoice.Approve, null, Hash, Start.AddHours(5));

        Assert.Equal(Decision.Pending, two.Decision);
        Assert.Equal(Decision.Approved, third.Round.Decision);
        Assert.True(third.Decided);
        Assert.Equal(Start.AddHours(5), third.Round.DecidedAt);
        Assert.Equal(new Tally(3, 0, 2, 3), third.Round.Tally);
    }

    [Fact]
    public void Majority_of_five_is_rejected_at_the_third_rejection()
    {
        var round = new[] { "oid-anders", "oid-birgitte", "oid-charlotte" }
            .Aggregate(Round(), (r, oid) => r.CastVote(oid, VoteChoice.Reject, "Not ready", Hash, Start).Round);
        Assert.Equal(Decision.Rejected, round.Decision);
    }

    [Fact]
    public void With_rule_all_one_rejection_rejects_the_round()
    {
        var result = Round(QuorumRule.All).CastVote("oid-emma", VoteChoice.Reject, "Missing backup section", Hash, Start);
        Assert.Equal(Decision.Rejected, result.Round.Decision);
        Assert.True(result.Decided);
    }

    [Fact]
    public void Votes_after_the_decision_are_refused_as_round_closed_even_a_change_of_mind()
    {
        var decided = Approve(Round(), "oid-anders", "oid-birgitte", "oid-charlotte");

        Assert.Equal(VoteRefusal.RoundClosed, decided.CastVote("oid-david", VoteChoice.Approve, null, Hash, Start).Refusal);
        Assert.Equal(VoteRefusal.RoundClosed, decided.CastVote("oid-anders", VoteChoice.Reject, "changed my mind", Hash, Start).Refusal);
    }

    [Fact]
    public void Vote_at_or_after_the_deadline_is_refused()
    {
        Assert.Equal(VoteRefusal.PastDeadline, Round().CastVote("oid-anders", VoteChoice.Approve, null, Hash, Deadline).Refusal);
        Assert.Equal(VoteOutcome.Recorded, Round().CastVote("oid-anders", VoteChoice.Approve, null, Hash, Deadline.AddTicks(-1)).Outcome);
    }

    [Fact]
    public void Undecided_round_expires_when_closed_at_the_deadline()
    {
        var closed = Approve(Round(), "oid-anders", "oid-birgitte").Close(Deadline);

        Assert.Equal(Decision.Expired, closed.Decision);
        Assert.Equal(Deadline, closed.DecidedAt);
        Assert.Equal(VoteRefusal.RoundClosed, closed.CastVote("oid-emma", VoteChoice.Approve, null, Hash, Deadline).Refusal);
    }

    [Fact]
    public void Closing_before_the_deadline_leaves_an_undecided_round_open()
    {
        var round = Round();
        Assert.Same(round, round.Close(Deadline.AddSeconds(-1)));
    }

    [Fact]
    public void Closing_a_decided_round_keeps_its_decision()
    {
        var decided = Approve(Round(), "oid-anders", "oid-birgitte", "oid-charlotte");
        Assert.Equal(Decision.Approved, decided.Close(Deadline.AddDays(3)).Decision);
    }

    [Fact]
    public void Starting_a_round_with_bad_input_lists_every_problem()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ApprovalRound.Start("", 0, "not-a-hash", [Board[0], Board[0]], QuorumRule.NOfM(3), Deadline));

        Assert.Contains("policy id", error.Message, StringComparison.Ordinal);
        Assert.Contains("version", error.Message, StringComparison.Ordinal);
        Assert.Contains("sha256", error.Message, StringComparison.Ordinal);
        Assert.Contains("listed twice", error.Message, StringComparison.Ordinal);
        Assert.Contains("only 2 approvers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tally_for_a_fresh_round_shows_everyone_pending_and_the_number_needed() =>
        Assert.Equal(new Tally(0, 0, 5, 3), Round().Tally);
}
