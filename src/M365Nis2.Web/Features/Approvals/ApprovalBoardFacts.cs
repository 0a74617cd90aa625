using M365Nis2.Domain.Board;
using M365Nis2.Web.Features.Board;

namespace M365Nis2.Web.Features.Approvals;

/// <summary>The policy register's review dates and every approval round's decision (policies and other subjects) for the board's KPIs.</summary>
public sealed class ApprovalBoardFacts(PolicyService policies, ApprovalRoundStore rounds) : IBoardFactSource
{
    public string Name => "approvals";

    public async Task AddFactsAsync(BoardFactSheet sheet, CancellationToken ct)
    {
        sheet.Add((await policies.ListAsync(ct)).Select(p => new PolicyFact(p.PolicyId, p.Title, p.NextReviewDue)));
        var facts = new List<RoundFact>();
        foreach (var id in await rounds.RoundIdsOfPolicyAsync(null, ct))
        {
            if (await rounds.FindAsync(id, ct) is { } round)
                facts.Add(new RoundFact(round.Kind, round.Round.Decision.ToString(), round.Round.DecidedAt));
        }
        sheet.Add(facts);
    }
}
