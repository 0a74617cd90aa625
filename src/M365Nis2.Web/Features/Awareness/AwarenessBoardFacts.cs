using M365Nis2.Domain.Board;
using M365Nis2.Web.Features.Board;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>Every campaign's counts for the board's awareness completion trend.</summary>
public sealed class AwarenessBoardFacts(IAwarenessProgress progress) : IBoardFactSource
{
    public string Name => "awareness";

    public async Task AddFactsAsync(BoardFactSheet sheet, CancellationToken ct) =>
        sheet.Add((await progress.CampaignStatusesAsync(ct)).Select(c => new CampaignFact(c.CreatedAt, c.Recipients, c.Completed, c.OptedOut)));
}
