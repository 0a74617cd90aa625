using M365Nis2.Domain.Tasks;

namespace M365Nis2.Domain.Tests.Tasks;

public class TaskDueRulesTests
{
    private static readonly DateOnly Due = new(2026, 3, 15);

    private static TaskDueStatus On(string today, TaskLifecycle lifecycle = TaskLifecycle.Open, ExtensionRequest? pending = null,
        DateOnly? due = null) =>
        TaskDueRules.Evaluate(lifecycle, due ?? Due, Due, pending, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("2026-03-07", TaskDueState.Open, 8)]
    [InlineData("2026-03-08", TaskDueState.DueSoon, 7)]
    [InlineData("2026-03-15", TaskDueState.DueSoon, 0)]
    [InlineData("2026-03-16", TaskDueState.Overdue, -1)]
    public void An_open_task_is_due_soon_a_week_before_and_overdue_the_day_after_its_due_date(string today, TaskDueState state, int daysLeft)
    {
        var status = On(today);
        Assert.Equal((state, daysLeft), (status.State, status.DaysLeft));
        Assert.Equal(state == TaskDueState.Overdue, status.PastDue);
    }

    [Theory]
    [InlineData(TaskLifecycle.Done, TaskDueState.Done)]
    [InlineData(TaskLifecycle.Cancelled, TaskDueState.Cancelled)]
    public void A_closed_task_is_never_overdue_nor_a_deviation(TaskLifecycle lifecycle, TaskDueState state)
    {
        var status = On("2027-01-01", lifecycle);
        Assert.Equal(state, status.State);
        Assert.False(status.PastDue);
        Assert.False(status.IsDeviation);
        Assert.True(status.IsClosed);
    }

    [Fact]
    public void A_pending_extension_shows_as_requested_but_the_clock_keeps_running()
    {
        var pending = new ExtensionRequest(new DateOnly(2026, 4, 15), "Supplier late", "owner", DateTimeOffset.UnixEpoch);
        var before = On("2026-03-01", pending: pending);
        var after = On("2026-03-20", pending: pending);
        Assert.Equal(TaskDueState.ExtensionRequested, before.State);
        Assert.False(before.PastDue);
        Assert.Equal(TaskDueState.ExtensionRequested, after.State);
        Assert.True(after.PastDue);
        Assert.True(after.IsDeviation);
    }

    [Fact]
    public void A_granted_extension_is_judged_against_the_new_date_and_marked_extended()
    {
        var status = On("2026-03-20", due: new DateOnly(2026, 4, 30));
        Assert.Equal(TaskDueState.Open, status.State);
        Assert.True(status.Extended);
        Assert.Equal(new DateOnly(2026, 4, 30), status.DueDate);
    }

    [Fact]
    public void The_due_soon_window_is_configurable_and_zero_means_only_the_due_day() =>
        Assert.Equal((TaskDueState.Open, TaskDueState.DueSoon),
            (TaskDueRules.Evaluate(TaskLifecycle.Open, Due, Due, null, Due.AddDays(-1), 0).State,
             TaskDueRules.Evaluate(TaskLifecycle.Open, Due, Due, null, Due, 0).State));

    [Fact]
    public void A_negative_due_soon_window_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskDueRules.Evaluate(TaskLifecycle.Open, Due, Due, null, Due, -1));
}
