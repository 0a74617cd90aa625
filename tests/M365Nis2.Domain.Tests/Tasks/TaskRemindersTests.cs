using M365Nis2.Domain.Tasks;

namespace M365Nis2.Domain.Tests.Tasks;

public class TaskRemindersTests
{
    private static readonly DateOnly Due = new(2026, 3, 15);
    private static readonly FollowUpTask Task = FollowUpTask.Open("owner", Due, new DateOnly(2026, 1, 10));
    private static readonly HashSet<string> None = [];

    [Theory]
    [InlineData("2026-03-07", null)]
    [InlineData("2026-03-08", -7)]
    [InlineData("2026-03-14", -1)]
    [InlineData("2026-03-15", -1)]
    [InlineData("2026-03-16", 1)]
    [InlineData("2026-03-23", 8)]
    [InlineData("2026-03-30", 15)]
    public void The_latest_passed_point_is_sent(string today, int? offset) =>
        Assert.Equal(offset, TaskReminders.Due(Task, None, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture))?.Offset);

    [Fact]
    public void A_sent_point_is_not_sent_again_and_missed_points_are_covered_by_one_reminder()
    {
        var first = TaskReminders.Due(Task, None, new DateOnly(2026, 3, 16))!;
        Assert.Equal(["20260315:-7", "20260315:-1", "20260315:+1"], first.Covers);
        Assert.Equal(TaskReminderKind.Overdue, first.Kind);
        Assert.Null(TaskReminders.Due(Task, first.Covers.ToHashSet(), new DateOnly(2026, 3, 20)));
    }

    [Fact]
    public void The_ciso_is_copied_from_the_second_overdue_reminder()
    {
        Assert.False(TaskReminders.Due(Task, None, new DateOnly(2026, 3, 16))!.CopyManager);
        Assert.True(TaskReminders.Due(Task, None, new DateOnly(2026, 3, 23))!.CopyManager);
    }

    [Fact]
    public void Points_before_the_due_date_was_set_are_not_sent()
    {
        // Opened three days before the due date: the assignment card said so; the 7-day point is not sent.
        var late = FollowUpTask.Open("owner", Due, new DateOnly(2026, 3, 12));
        Assert.Null(TaskReminders.Due(late, None, new DateOnly(2026, 3, 13)));
        Assert.Equal(-1, TaskReminders.Due(late, None, new DateOnly(2026, 3, 14))?.Offset);
    }

    [Fact]
    public void Nothing_is_sent_for_a_closed_task_or_while_an_extension_waits()
    {
        var done = Task.Complete(new TaskActor("owner", false), "done", false, DateTimeOffset.UnixEpoch).Task;
        var pending = Task.RequestExtension(new TaskActor("owner", false), new DateOnly(2026, 4, 1), "r", DateTimeOffset.UnixEpoch).Task;
        Assert.Null(TaskReminders.Due(done, None, new DateOnly(2026, 3, 20)));
        Assert.Null(TaskReminders.Due(pending, None, new DateOnly(2026, 3, 20)));
    }

    [Fact]
    public void A_granted_extension_is_reminded_afresh_for_the_new_date_without_a_burst()
    {
        var sent = TaskReminders.Due(Task, None, new DateOnly(2026, 3, 16))!.Covers.ToHashSet();
        var extended = Task.RequestExtension(new TaskActor("owner", false), new DateOnly(2026, 3, 25), "r", DateTimeOffset.UnixEpoch).Task
            .DecideExtension(new TaskActor("ciso", true), true, null, new DateOnly(2026, 3, 17)).Task;
        // The new 7-day point (18 March) is after the grant day, so it is sent; nothing older.
        var next = TaskReminders.Due(extended, sent, new DateOnly(2026, 3, 18))!;
        Assert.Equal(["20260325:-7"], next.Covers);
    }
}
