using M365Nis2.Domain.Catalogue;
using M365Nis2.Domain.Tasks;

namespace M365Nis2.Domain.Tests.Tasks;

public class AnnualWheelTests
{
    private static readonly IReadOnlyList<WheelActivity> Wheel = AnnualWheel.Nis2Default;

    private static WheelActivity Activity(string id) => Wheel.Single(a => a.Id == id);

    [Theory]
    [InlineData("policy-review", RecurrenceFrequency.Yearly, WheelOwnerRole.Ciso)]
    [InlineData("risk-assessment", RecurrenceFrequency.Yearly, WheelOwnerRole.Ciso)]
    [InlineData("continuity-exercise", RecurrenceFrequency.Yearly, WheelOwnerRole.Ciso)]
    [InlineData("access-review", RecurrenceFrequency.Quarterly, WheelOwnerRole.ItOperations)]
    [InlineData("supplier-review", RecurrenceFrequency.Yearly, WheelOwnerRole.Procurement)]
    [InlineData("registration-check", RecurrenceFrequency.Yearly, WheelOwnerRole.Ciso)]
    [InlineData("board-training", RecurrenceFrequency.Yearly, WheelOwnerRole.BoardChair)]
    [InlineData("awareness-campaign", RecurrenceFrequency.Yearly, WheelOwnerRole.HumanResources)]
    [InlineData("restore-test", RecurrenceFrequency.Quarterly, WheelOwnerRole.ItOperations)]
    public void The_nis2_wheel_seeds_each_activity_with_a_recurrence_and_an_owner_role(string id, RecurrenceFrequency frequency, WheelOwnerRole role)
    {
        var a = Activity(id);
        Assert.Equal((frequency, role), (a.Recurrence.Frequency, a.OwnerRole));
    }

    [Fact]
    public void Every_seeded_activity_is_valid_with_a_unique_id_and_known_measures()
    {
        Assert.All(Wheel, a => Assert.Empty(a.Validate()));
        Assert.Equal(Wheel.Count, Wheel.Select(a => a.Id).Distinct().Count());
        var known = Nis2Catalogue.Default.Controls.Select(c => c.Id).ToHashSet();
        Assert.All(Wheel.SelectMany(a => a.Measures), m => Assert.Contains(m, known));
    }

    [Fact]
    public void The_continuity_exercise_and_restore_test_serve_c_and_f() =>
        Assert.All(new[] { "continuity-exercise", "restore-test" },
            id => Assert.Superset(new HashSet<string> { "art21.2.c", "art21.2.f" }, Activity(id).Measures.ToHashSet()));

    [Fact]
    public void A_year_shows_every_occurrence_in_date_order()
    {
        var year = WheelSchedule.Year(Wheel, 2026);
        Assert.Equal(7 + 4 + 4, year.Count);
        Assert.Equal(year.OrderBy(o => o.DueDate), year);
        Assert.Equal(new DateOnly(2026, 1, 31), year[0].DueDate);
        Assert.Equal(new DateOnly(2026, 12, 31), year[^1].DueDate);
        Assert.Equal(new DateOnly(2028, 2, 28), WheelSchedule.Year([Activity("restore-test")], 2028)[0].DueDate);
    }

    [Fact]
    public void An_occurrence_opens_its_lead_time_before_the_due_date()
    {
        var risk = Activity("risk-assessment");
        Assert.Empty(WheelSchedule.ToOpen(risk, new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 13)));
        var open = Assert.Single(WheelSchedule.ToOpen(risk, new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 14)));
        Assert.Equal((new DateOnly(2026, 3, 31), "risk-assessment/2026-03-31"), (open.DueDate, open.SourceId));
        Assert.Equal(new TaskSource(TaskSourceKind.AnnualWheel, "risk-assessment/2026-03-31"), open.Source);
    }

    [Fact]
    public void Occurrences_missed_while_the_job_was_down_are_opened_but_none_before_the_wheel_was_switched_on()
    {
        var access = Activity("access-review");
        var due = WheelSchedule.ToOpen(access, new DateOnly(2026, 4, 1), new DateOnly(2026, 12, 20)).Select(o => o.DueDate);
        Assert.Equal([new DateOnly(2026, 6, 30), new DateOnly(2026, 9, 30), new DateOnly(2026, 12, 31)], due);
    }

    [Fact]
    public void Each_occurrence_has_its_own_source_key_so_a_rerun_opens_nothing_new()
    {
        var keys = Wheel.SelectMany(a => WheelSchedule.ToOpen(a, new DateOnly(2025, 1, 1), new DateOnly(2027, 12, 31))).Select(o => o.Source.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Invalid_activities_are_reported()
    {
        var bad = new WheelActivity("Bad Id", "", "", "", "", Recurrence.Monthly(40), (WheelOwnerRole)42, [], 100);
        Assert.Equal(5, bad.Validate().Count);
    }
}
