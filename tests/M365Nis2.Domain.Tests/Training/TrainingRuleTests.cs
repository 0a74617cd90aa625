using M365Nis2.Domain.Training;

namespace M365Nis2.Domain.Tests.Training;

public class TrainingRuleTests
{
    private static readonly Attendance March2025 = new(new DateOnly(2025, 3, 15), 3m, "Board cyber briefing");

    private static TrainingStatus Status(DateOnly today, TrainingRule? rule = null, params Attendance[] attendances) =>
        (rule ?? TrainingRule.Default).Evaluate(attendances, today);

    [Fact]
    public void Member_without_attendance_has_never_been_trained() =>
        Assert.Equal(new TrainingStatus(TrainingState.Never, null, "No management training recorded."), Status(new DateOnly(2026, 1, 1)));

    [Theory]
    [InlineData("2026-02-12", TrainingState.Current)]
    [InlineData("2026-02-13", TrainingState.DueSoon)]
    [InlineData("2026-03-15", TrainingState.DueSoon)]
    [InlineData("2026-03-16", TrainingState.Overdue)]
    public void One_course_covers_twelve_months_with_a_30_day_due_soon_window(string today, TrainingState expected)
    {
        var status = Status(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), null, March2025);
        Assert.Equal(expected, status.State);
        Assert.Equal(new DateOnly(2026, 3, 15), status.DueDate);
    }

    [Fact]
    public void The_latest_course_sets_the_due_date() =>
        Assert.Equal(new DateOnly(2026, 9, 1), Status(new DateOnly(2026, 1, 1), null, March2025, new(new DateOnly(2025, 9, 1), 2m)).DueDate);

    [Fact]
    public void Future_dated_courses_do_not_count_until_they_happen() =>
        Assert.Equal(TrainingState.Never, Status(new DateOnly(2026, 1, 1), null, new Attendance(new DateOnly(2026, 2, 1), 4m)).State);

    [Fact]
    public void Overdue_reason_names_the_date_and_the_rule() =>
        Assert.Equal("Overdue since 2026-03-15: one course every 12 months is required.", Status(new DateOnly(2026, 4, 1), null, March2025).Reason);

    [Fact]
    public void Minimum_hours_within_one_period_must_be_reached_together()
    {
        var rule = new TrainingRule(MinimumHours: 6m);
        var status = Status(new DateOnly(2026, 1, 1), rule, March2025, new(new DateOnly(2025, 10, 1), 3m));
        // 3 h + 3 h within 12 months: covered until 12 months after the older of the two.
        Assert.Equal((TrainingState.Current, (DateOnly?)new DateOnly(2026, 3, 15)), (status.State, status.DueDate));
    }

    [Fact]
    public void Hours_spread_over_more_than_a_period_never_meet_the_rule()
    {
        var rule = new TrainingRule(MinimumHours: 6m);
        var status = Status(new DateOnly(2026, 1, 1), rule, new(new DateOnly(2024, 1, 10), 3m), new(new DateOnly(2025, 6, 1), 3m));
        Assert.Equal(TrainingState.Never, status.State);
        Assert.Contains("never one course and 6 hours within 12 months", status.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_rule_that_was_met_earlier_but_not_since_is_overdue_from_when_it_lapsed()
    {
        var rule = new TrainingRule(MinimumHours: 6m);
        var status = Status(new DateOnly(2026, 6, 1), rule, new(new DateOnly(2024, 2, 1), 6m), new(new DateOnly(2025, 12, 1), 2m));
        Assert.Equal((TrainingState.Overdue, (DateOnly?)new DateOnly(2025, 2, 1)), (status.State, status.DueDate));
    }

    [Fact]
    public void Due_soon_window_is_configurable() =>
        Assert.Equal(TrainingState.Current, Status(new DateOnly(2026, 2, 13), new TrainingRule(DueSoonDays: 14), March2025).State);

    [Fact]
    public void Invalid_rule_lists_each_problem() =>
        Assert.Equal(4, new TrainingRule(0, 0, -1m, -1).Validate().Count);
}
