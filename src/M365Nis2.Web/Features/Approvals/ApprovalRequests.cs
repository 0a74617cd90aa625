using System.Text.Json;
using M365Nis2.Domain.Approvals;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>Body of POST /api/approvals. <c>quorum</c>: "majority" | "all" | {"n": 3}.</summary>
public sealed record StartRoundRequest(string? PolicyId, int? Version, string? ApproverGroupId, IReadOnlyList<string>? ApproverIds,
    JsonElement? Quorum, DateTimeOffset? DueAt);

public sealed record VoteView(string ObjectId, string Name, string Choice, DateTimeOffset At, string? Comment, bool Counts);

/// <remarks><c>Reason</c> is English (as always); <c>ReasonCode</c> names it and <c>ReasonDa</c> is the Danish the tab shows.</remarks>
public sealed record DeliveryView(string ObjectId, string Name, string Status, string? Reason, string? ReasonCode = null, string? ReasonDa = null);

public sealed record RoundView(string RoundId, string PolicyId, string PolicyTitle, int Version, string DocumentSha256, string Quorum,
    DateTimeOffset DueAt, string StartedBy, DateTimeOffset StartedAt, Tally Tally, IReadOnlyList<VoteView> Votes,
    IReadOnlyList<DeliveryView> Delivery, string Decision, DateTimeOffset? DecidedAt, string? DecisionArtefactId, Uri DocumentLink,
    string SubjectKind = "policy");

public sealed record StartedRound(RoundView Round, IReadOnlyList<DeliveryView> NotReached);

public static class QuorumParser
{
    /// <summary>"majority" | "all" | {"n": 3} (also "3" or 3 for N of M); null with a problem otherwise.</summary>
    public static (QuorumRule? Rule, CodedText? Problem) Parse(JsonElement? quorum)
    {
        if (quorum is not { } q || q.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined)
        {
            return (QuorumRule.Majority, null);
        }
        int n;
        switch (q.ValueKind)
        {
            case JsonValueKind.String when q.GetString() is { } s && s.Equals("majority", StringComparison.OrdinalIgnoreCase):
                return (QuorumRule.Majority, null);
            case JsonValueKind.String when q.GetString() is { } s && s.Equals("all", StringComparison.OrdinalIgnoreCase):
                return (QuorumRule.All, null);
            case JsonValueKind.String when int.TryParse(q.GetString(), out n):
            case JsonValueKind.Number when q.TryGetInt32(out n):
            case JsonValueKind.Object when q.TryGetProperty("n", out var e) && e.TryGetInt32(out n):
                return n >= 1 ? (QuorumRule.NOfM(n), null) : (null, ApprovalInputTexts.QuorumN.With());
            default:
                return (null, ApprovalInputTexts.QuorumWith());
        }
    }
}
