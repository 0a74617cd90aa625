using M365Nis2.Domain.Incidents;

namespace M365Nis2.Domain.Board;

/// <summary>Incidents that became known in one calendar month (Copenhagen time), by the CISO's decision.</summary>
public sealed record IncidentMonth(int Year, int Month, int Total, int Significant, int NotSignificant, int Unclassified);

/// <summary>
/// Art. 23(4) deadlines of the significant incidents known in the period: submitted on time, submitted late, missed
/// (overdue, nothing submitted) and still open (not due yet). <see cref="MetRate"/> = on time / (on time + late + missed).
/// </summary>
public sealed record DeadlineSummary(int OnTime, int Late, int Missed, int Open)
{
    public decimal? MetRate => OnTime + Late + Missed is var decided and > 0 ? Math.Round((decimal)OnTime / decided, 4) : null;
}

/// <summary>Awareness campaigns launched in one month: how many people were asked, how many completed.</summary>
public sealed record AwarenessMonth(int Year, int Month, int Campaigns, int Recipients, int Completed)
{
    /// <summary>Completed / (recipients) for the month; null without recipients.</summary>
    public decimal? CompletionRate => Recipients > 0 ? Math.Round((decimal)Completed / Recipients, 4) : null;
}

/// <summary>A policy whose review date has passed, and by how many days.</summary>
public sealed record OverduePolicy(string PolicyId, string Title, DateOnly ReviewDue, int DaysOverdue);

/// <summary>Approval rounds decided in the period, by decision.</summary>
public sealed record RoundsDecided(int Approved, int Rejected, int Expired)
{
    public int Total => Approved + Rejected + Expired;
}

/// <summary>The board's KPIs over the last <see cref="Months"/> calendar months up to <see cref="To"/> (inclusive).</summary>
public sealed record BoardKpiReport(
    DateOnly From,
    DateOnly To,
    int Months,
    IReadOnlyList<IncidentMonth> Incidents,
    DeadlineSummary Deadlines,
    IReadOnlyList<AwarenessMonth> Awareness,
    IReadOnlyList<OverduePolicy> PoliciesOverdue,
    RoundsDecided Rounds,
    IReadOnlyList<string> Missing);

/// <summary>
/// The board's key figures from the app's own records (the Art. 20 follow-up questions): incidents per month,
/// reporting deadlines met, the awareness completion trend, policies overdue for review, rounds decided. Months are
/// calendar months in Copenhagen time (the NIS 2-loven's clock, as for the incident deadlines); every month of the
/// period is listed, also months with nothing, so a trend never skips a month.
/// </summary>
public static class BoardKpis
{
    public const int MaxMonths = 36;

    public static BoardKpiReport Compute(BoardFactSheet facts, DateTimeOffset now, int months)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, MaxMonths);
        var zone = IncidentDeadlines.Copenhagen;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-(months - 1));
        var keys = Enumerable.Range(0, months).Select(i => first.AddMonths(i)).Select(d => (d.Year, d.Month)).ToList();
        (int Year, int Month) MonthOf(DateTimeOffset at)
        {
            var local = TimeZoneInfo.ConvertTime(at, zone);
            return (local.Year, local.Month);
        }
        bool InPeriod(DateTimeOffset at) => keys.Contains(MonthOf(at)) && at <= now;

        var incidents = facts.Incidents.Where(i => InPeriod(i.AwareAt)).ToList();
        var incidentMonths = keys.Select(k =>
        {
            var inMonth = incidents.Where(i => MonthOf(i.AwareAt) == k).ToList();
            return new IncidentMonth(k.Year, k.Month, inMonth.Count, inMonth.Count(i => i.Significant == true),
                inMonth.Count(i => i.Significant == false), inMonth.Count(i => i.Significant is null));
        }).ToList();

        var stages = incidents.Where(i => i.Significant == true)
            .SelectMany(i => IncidentTimeline.Build(i.Reporting, now).Stages).Where(s => s.Due is not null).ToList();
        var deadlines = new DeadlineSummary(
            stages.Count(s => s.Status == StageStatus.SubmittedOnTime),
            stages.Count(s => s.Status == StageStatus.SubmittedLate),
            stages.Count(s => s.Status == StageStatus.Overdue),
            stages.Count(s => s.Status is StageStatus.Upcoming or StageStatus.DueSoon));

        var campaigns = facts.Campaigns.Where(c => InPeriod(c.LaunchedAt)).ToList();
        var awareness = keys.Select(k =>
        {
            var inMonth = campaigns.Where(c => MonthOf(c.LaunchedAt) == k).ToList();
            return new AwarenessMonth(k.Year, k.Month, inMonth.Count, inMonth.Sum(c => c.Recipients), inMonth.Sum(c => c.Completed));
        }).ToList();

        var overdue = facts.Policies
            .Where(p => p.NextReviewDue is { } due && due < today)
            .Select(p => new OverduePolicy(p.PolicyId, p.Title, p.NextReviewDue!.Value, today.DayNumber - p.NextReviewDue.Value.DayNumber))
            .OrderByDescending(p => p.DaysOverdue).ThenBy(p => p.PolicyId, StringComparer.Ordinal).ToList();

        var decided = facts.Rounds.Where(r => r.DecidedAt is { } at && InPeriod(at)).ToList();
        var rounds = new RoundsDecided(
            decided.Count(r => Is(r, "Approved")), decided.Count(r => Is(r, "Rejected")), decided.Count(r => Is(r, "Expired")));

        return new BoardKpiReport(first, today, months, incidentMonths, deadlines, awareness, overdue, rounds,
            [.. facts.Missing.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    private static bool Is(RoundFact round, string decision) => string.Equals(round.Decision, decision, StringComparison.OrdinalIgnoreCase);
}
