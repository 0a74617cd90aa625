using M365Nis2.Domain.Incidents;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>Status of one control for the tab: ok / attention / overdue, with the register facts behind it.</summary>
public sealed record IncidentControlStatus(string ControlId, string Status, DateTimeOffset? LastEvidenceAt, string Summary,
    int RegisterCount, int AwaitingClassification, int OpenSignificant, int DeadlinesMet, int DeadlinesMissed, int OverdueNow, string? SummaryDa = null);

/// <summary>Art. 21(2)(b) (incident handling: the register is kept and incidents classified) and Art. 23 (deadlines met).</summary>
public sealed class IncidentControlStatusService(IncidentStore store, TimeProvider time)
{
    public async Task<IReadOnlyList<IncidentControlStatus>> GetControlStatusAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var all = await store.ListAsync(ct);
        var awaiting = all.Count(i => i.Status == IncidentStatus.Suspected);
        var open = all.Count(i => i.Status == IncidentStatus.Significant);
        var stages = all.Select(i => i.TimelineAt(now)).OfType<IncidentTimeline>().SelectMany(t => t.Stages).ToList();
        var met = stages.Count(s => s.Status == StageStatus.SubmittedOnTime);
        var overdue = stages.Count(s => s.Status == StageStatus.Overdue);
        var missed = stages.Count(s => s.Status == StageStatus.SubmittedLate) + overdue;
        var last = all.SelectMany(i => IncidentStages.All.Select(i.Reporting.SubmittedAt).Append(i.ReportedAt).Append(i.Assessment?.Decision?.DecidedAt))
            .Where(t => t is not null).Max();
        var registerText = all.Count == 0 ? SummaryTexts.IncidentsNone.With() : SummaryTexts.Incidents.With(all.Count, awaiting, open);
        var register = new IncidentControlStatus("art21.2.b", awaiting > 0 ? "attention" : "ok", last, registerText.English,
            all.Count, awaiting, open, met, missed, overdue, registerText.Danish);
        var deadlinesText = SummaryTexts.IncidentDeadlines.With(met, missed, overdue, open);
        var deadlines = new IncidentControlStatus("art23", overdue > 0 ? "overdue" : missed > 0 ? "attention" : "ok", last, deadlinesText.English,
            all.Count, awaiting, open, met, missed, overdue, deadlinesText.Danish);
        return [register, deadlines];
    }
}
