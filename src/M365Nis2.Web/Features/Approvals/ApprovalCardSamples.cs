using M365Nis2.Domain.Approvals;
using M365Nis2.Teams.Routing;
using M365Nis2.Teams.Cards;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>Approval cards (open, voted, decided, expired) in English and Danish for the card validation test.</summary>
public sealed class ApprovalCardSamples(ApprovalCards cards) : ICardSamples
{
    private const string Hash = "3f9a1c0e5b7d2a4f6e8c0b1d3f5a7c9e1b3d5f7a9c1e3b5d7f9a1c3e5b7d9f1a";
    private static readonly DateTimeOffset Deadline = new(2026, 3, 20, 16, 0, 0, TimeSpan.Zero);
    private static readonly Approver[] Board =
    [
        new("0d3c6b1e-1111-4a6e-9a11-000000000001", "Anders Kjær"), new("0d3c6b1e-2222-4a6e-9a11-000000000002", "Birgitte Lund"),
        new("0d3c6b1e-3333-4a6e-9a11-000000000003", "Charlotte Dahl"), new("0d3c6b1e-4444-4a6e-9a11-000000000004", "David Miller"),
        new("0d3c6b1e-5555-4a6e-9a11-000000000005", "Emma Thompson"),
    ];

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var start = ApprovalRound.Start("information-security-policy", 3, Hash, Board, QuorumRule.Majority, Deadline);
        var at = Deadline.AddDays(-3);
        var oneVote = start.CastVote(Board[0].ObjectId, VoteChoice.Approve, "Reviewed with the audit committee.", Hash, at).Round;
        var decided = oneVote.CastVote(Board[1].ObjectId, VoteChoice.Reject, "Section 4 lacks supplier requirements.", Hash, at.AddHours(1)).Round
            .CastVote(Board[2].ObjectId, VoteChoice.Approve, null, Hash, at.AddHours(2)).Round
            .CastVote(Board[3].ObjectId, VoteChoice.Approve, null, Hash, at.AddHours(3)).Round;
        var expired = ApprovalRound.Start("cryptography-policy", 1, Hash, Board, QuorumRule.All, Deadline).Close(Deadline);
        string[] users = ["29:1anders", "29:1birgitte", "29:1charlotte", "29:1david", "29:1emma"];
        foreach (var culture in new[] { BotCulture.English, BotCulture.Danish })
        {
            using (BotCulture.Use(culture))
            {
                var lang = culture.TwoLetterISOLanguageName;
                yield return ($"approval-open.{lang}", cards.Approval(Stored(start, "Information security policy"), Board[0].ObjectId, users));
                yield return ($"approval-voted.{lang}", cards.Approval(Stored(oneVote, "Information security policy"), Board[0].ObjectId, users));
                yield return ($"approval-decided.{lang}", cards.Approval(Stored(decided, "Information security policy"), Board[1].ObjectId, users));
                yield return ($"approval-expired.{lang}", cards.Approval(Stored(expired, "Cryptography policy"), Board[4].ObjectId, users));
            }
        }
    }

    private static StoredRound Stored(ApprovalRound round, string title) => new()
    {
        RoundId = "5b0d7c1e9f2a4c3b8e6d1a2f3c4b5a6d", Round = round, PolicyTitle = title, StartedBy = "Mette Holm",
        StartedAt = Deadline.AddDays(-7), LinkBase = "https://m365nis2.example.com",
    };
}
