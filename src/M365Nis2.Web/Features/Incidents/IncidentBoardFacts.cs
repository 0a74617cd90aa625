using M365Nis2.Domain.Board;
using M365Nis2.Domain.Incidents;
using M365Nis2.Web.Features.Board;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>Every incident in the register for the board's KPIs (counts and deadlines only; no reporter, no text).</summary>
public sealed class IncidentBoardFacts(IncidentStore store) : IBoardFactSource
{
    public string Name => "incidents";

    public async Task AddFactsAsync(BoardFactSheet sheet, CancellationToken ct) =>
        sheet.Add((await store.ListAsync(ct)).Select(i => new IncidentFact(i.Report.AwareAt, i.Assessment?.Decision?.Outcome switch
        {
            null => null,
            Significance.NotSignificant => false,
            _ => true,
        }, i.Reporting)));
}
