using M365Nis2.Domain.Board;
using M365Nis2.Domain.Incidents;
using static M365Nis2.Domain.Tests.Incidents.Copenhagen;

namespace M365Nis2.Domain.Tests.Board;

public class BoardKpisTests
{
    private static readonly DateTimeOffset Now = At(2026, 11, 20, 12);

    private static IncidentFact Incident(DateTimeOffset aware, bool? significant, Func<IncidentReporting, IncidentReporting>? reporting = null) =>
        new(aware, significant, (reporting ?? (r => r))(new IncidentReporting(aware)));

    private static BoardKpiReport Compute(BoardFactSheet facts, int months = 6) => BoardKpis.Compute(facts, Now, months);

    [Fact]
    public void Every_month_of_the_period_is_listed_oldest_first_also_months_without_anything()
    {
        var report = Compute(new BoardFactSheet(), 6);

        Assert.Equal([(2026, 6), (2026, 7), (2026, 8), (2026, 9), (2026, 10), (2026, 11)], report.Incidents.Select(m => (m.Year, m.Month)));
        Assert.Equal(report.Incidents.Select(m => (m.Year, m.Month)), report.Awareness.Select(m => (m.Year, m.Month)));
        Assert.All(report.Incidents, m => Assert.Equal(0, m.Total));
        Assert.All(report.Awareness, m => Assert.Null(m.CompletionRate));
        Assert.Equal(new DateOnly(2026, 6, 1), report.From);
        Assert.Equal(new DateOnly(2026, 11, 20), report.To);
        Assert.Null(report.Deadlines.MetRate);
        Assert.Equal(0, report.Rounds.Total);
    }

    [Fact]
    public void A_period_across_new_year_counts_months_in_both_years()
    {
        var report = BoardKpis.Compute(new BoardFactSheet(), At(2027, 2, 3, 9), 4);

        Assert.Equal([(2026, 11), (2026, 12), (2027, 1), (2027, 2)], report.Incidents.Select(m => (m.Year, m.Month)));
    }

    [Fact]
    public void Incidents_are_counted_per_month_by_decision_and_outside_the_period_not_at_all()
    {
        var facts = new BoardFactSheet();
        facts.Add([
            Incident(At(2026, 11, 2, 8), true),
            Incident(At(2026, 11, 3, 8), false),
            Incident(At(2026, 11, 19, 8), null),
            Incident(At(2026, 9, 30, 23, 30), false), // 21:30 UTC, still 30 September in Copenhagen
            Incident(At(2026, 5, 31, 8), true),       // before the period
        ]);

        var report = Compute(facts);

        var november = report.Incidents.Single(m => m.Month == 11);
        Assert.Equal((3, 1, 1, 1), (november.Total, november.Significant, november.NotSignificant, november.Unclassified));
        Assert.Equal(1, report.Incidents.Single(m => m.Month == 9).Total);
        Assert.Equal(0, report.Incidents.Single(m => m.Month == 10).Total);
        Assert.Equal(4, report.Incidents.Sum(m => m.Total));
    }

    [Fact]
    public void Deadlines_of_significant_incidents_count_on_time_late_missed_and_open()
    {
        var facts = new BoardFactSheet();
        var early = At(2026, 10, 1, 10);
        facts.Add([
            // Early warning on time (20 h), notification late (80 h), final report missed (due a month after the notification).
            Incident(early, true, r => r.Submit(IncidentStage.EarlyWarning, early.AddHours(20)).Submit(IncidentStage.Notification, early.AddHours(80))),
            // Known 10 h ago: all three deadlines still open.
            Incident(Now.AddHours(-10), true),
            // Not significant: its stages are no deadlines.
            Incident(At(2026, 11, 1, 10), false),
        ]);

        var deadlines = Compute(facts).Deadlines;

        Assert.Equal((1, 1, 1, 3), (deadlines.OnTime, deadlines.Late, deadlines.Missed, deadlines.Open));
        Assert.Equal(0.3333m, deadlines.MetRate);
    }

    [Fact]
    public void Awareness_completion_is_a_trend_per_launch_month()
    {
        var facts = new BoardFactSheet();
        facts.Add([
            new CampaignFact(At(2026, 9, 10, 9), 40, 30, 2),
            new CampaignFact(At(2026, 11, 1, 9), 40, 10, 0),
            new CampaignFact(At(2026, 11, 15, 9), 10, 10, 0),
            new CampaignFact(At(2025, 11, 15, 9), 10, 10, 0), // a year ago: outside
        ]);

        var report = Compute(facts);

        Assert.Equal(0.75m, report.Awareness.Single(m => m.Month == 9).CompletionRate);
        var november = report.Awareness.Single(m => m.Month == 11);
        Assert.Equal((2, 50, 20), (november.Campaigns, november.Recipients, november.Completed));
        Assert.Equal(0.4m, november.CompletionRate);
        Assert.Null(report.Awareness.Single(m => m.Month == 10).CompletionRate);
    }

    [Fact]
    public void Policies_past_their_review_date_are_overdue_most_overdue_first_and_never_approved_ones_are_not()
    {
        var facts = new BoardFactSheet();
        facts.Add([
            new PolicyFact("backup", "Backup policy", new DateOnly(2026, 11, 10)),
            new PolicyFact("access", "Access control policy", new DateOnly(2026, 1, 1)),
            new PolicyFact("today", "Due today", new DateOnly(2026, 11, 20)),
            new PolicyFact("future", "Not due", new DateOnly(2027, 1, 1)),
            new PolicyFact("draft", "Never approved", null),
        ]);

        var overdue = Compute(facts).PoliciesOverdue;

        Assert.Equal(["access", "backup"], overdue.Select(p => p.PolicyId));
        Assert.Equal(10, overdue[1].DaysOverdue);
    }

    [Fact]
    public void Rounds_decided_in_the_period_are_counted_by_decision_and_pending_ones_not()
    {
        var facts = new BoardFactSheet();
        facts.Add([
            new RoundFact("policy", "Approved", At(2026, 11, 1, 9)),
            new RoundFact("risk", "approved", At(2026, 8, 1, 9)),
            new RoundFact("policy", "Rejected", At(2026, 10, 1, 9)),
            new RoundFact("policy", "Expired", At(2026, 7, 1, 9)),
            new RoundFact("policy", "Approved", At(2026, 4, 1, 9)), // before the period
            new RoundFact("policy", "Pending", null),
        ]);

        var rounds = Compute(facts).Rounds;

        Assert.Equal((2, 1, 1, 4), (rounds.Approved, rounds.Rejected, rounds.Expired, rounds.Total));
    }

    [Fact]
    public void Sources_that_could_not_be_read_are_reported_once_each()
    {
        var facts = new BoardFactSheet();
        facts.AddMissing("incidents");
        facts.AddMissing("incidents");
        facts.AddMissing("awareness");

        Assert.Equal(["awareness", "incidents"], Compute(facts).Missing);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(BoardKpis.MaxMonths + 1)]
    public void A_period_outside_1_to_36_months_is_refused(int months) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => BoardKpis.Compute(new BoardFactSheet(), Now, months));
}
