using System.Text.Json;
using M365Nis2.Domain.Approvals;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>
/// A round as stored: the domain <see cref="ApprovalRound"/> plus what the app needs around it. The domain round is
/// rebuilt by replaying the recorded votes through <see cref="ApprovalRound.CastVote"/>, so stored state can only ever be
/// a state the rules allow.
/// </summary>
public sealed record StoredRound
{
    public required string RoundId { get; init; }
    public required ApprovalRound Round { get; init; }
    public required string PolicyTitle { get; init; }
    public required string StartedBy { get; init; }
    public required DateTimeOffset StartedAt { get; init; }
    /// <summary>Base URL for the document link in cards.</summary>
    public required string LinkBase { get; init; }
    public string? DecisionArtefactId { get; init; }
    /// <summary>The subject of a round that is not about a policy version (risk acceptance, SoA …); null for policy rounds.</summary>
    public ApprovalSubject? Subject { get; init; }
    /// <summary>"policy", or the subject's kind.</summary>
    public string Kind => Subject?.Kind ?? ApprovalSubjectService.PolicyKind;
    public bool CisoNotified { get; init; }
    public Azure.ETag ETag { get; init; }
}

/// <summary>Vote as serialised in the round row (the domain record, spelled out so the stored format is ours).</summary>
public sealed record StoredVote(string ObjectId, string DisplayName, string Choice, string? Comment, string DocumentHash, DateTimeOffset At);

public static class RoundMapping
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string QuorumText(QuorumRule rule) => rule.Kind switch
    {
        QuorumKind.Majority => "majority",
        QuorumKind.All => "all",
        _ => "n:" + rule.N.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static QuorumRule ParseQuorum(string text) => text switch
    {
        "majority" => QuorumRule.Majority,
        "all" => QuorumRule.All,
        _ when text.StartsWith("n:", StringComparison.Ordinal) => QuorumRule.NOfM(int.Parse(text[2..], System.Globalization.CultureInfo.InvariantCulture)),
        _ => throw new FormatException($"Unknown stored quorum '{text}'."),
    };

    public static string ApproversJson(IEnumerable<Approver> approvers) => JsonSerializer.Serialize(approvers, Json);

    public static IReadOnlyList<Approver> Approvers(string json) => JsonSerializer.Deserialize<List<Approver>>(json, Json) ?? [];

    public static string VotesJson(IEnumerable<Vote> votes) =>
        JsonSerializer.Serialize(votes.Select(v => new StoredVote(v.ObjectId, v.DisplayName, v.Choice.ToString(), v.Comment, v.DocumentHash, v.At)), Json);

    /// <summary>Rebuilds the domain round: start, replay every recorded vote, then expire if it was stored as expired.</summary>
    public static ApprovalRound Rebuild(string policyId, int version, string sha256, IReadOnlyList<Approver> approvers, QuorumRule rule,
        DateTimeOffset deadline, string votesJson, Decision storedDecision)
    {
        var round = ApprovalRound.Start(policyId, version, sha256, approvers, rule, deadline);
        foreach (var v in JsonSerializer.Deserialize<List<StoredVote>>(votesJson, Json) ?? [])
        {
            var result = round.CastVote(v.ObjectId, Enum.Parse<VoteChoice>(v.Choice), v.Comment, v.DocumentHash, v.At);
            if (result.IsRefused)
            {
                throw new InvalidOperationException($"Stored vote of {v.ObjectId} at {v.At:O} does not replay: {result.Message}");
            }
            round = result.Round;
        }
        return storedDecision == Decision.Expired ? round.Close(deadline) : round;
    }
}
