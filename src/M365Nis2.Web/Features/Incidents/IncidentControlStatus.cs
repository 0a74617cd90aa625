using M365Nis2.Domain.Incidents;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>Status of one control for the tab: ok / attention / overdue, with the register facts behind it.</summary>
public sealed record IncidentControlStatus(string ControlId, string Status, DateTimeOffset? LastEvidenceAt, string Summary,
    int RegisterCount, int AwaitingClassification, int OpenSignificant, int DeadlinesMet, int DeadlinesMissed, int OverdueNow);

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
        var register = new IncidentControlStatus("art21.2.b", awaiting > 0 ? "attention" : "ok", last,
            all.Count == 0 ? "The incident register is in place; no incidents reported."
                : $"{all.Count} incident(s) in the register, {awaiting} awaiting classification, {open} open significant.",
            all.Count, awaiting, open, met, missed, overdue);
        var deadlines = new IncidentControlStatus("art23", overdue > 0 ? "overdue" : missed > 0 ? "attention" : "ok", last,
            $"Reporting deadlines: {met} met, {missed} missed, {overdue} overdue now; {open} open significant incident(s).",
            all.Count, awaiting, open, met, missed, overdue);
        return [register, deadlines];
    }
}
