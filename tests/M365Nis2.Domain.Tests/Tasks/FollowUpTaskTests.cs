using M365Nis2.Domain.Tasks;

namespace M365Nis2.Domain.Tests.Tasks;

public class FollowUpTaskTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 3, 1);
    private static readonly TaskActor Owner = new("owner-1", false);
    private static readonly TaskActor Ciso = new("ciso-1", true);
    private static readonly TaskActor Stranger = new("someone", false);
    private static readonly FollowUpTask Task = FollowUpTask.Open("owner-1", new DateOnly(2026, 3, 15), Today);

    [Fact]
    public void The_owner_completes_with_a_comment()
    {
        var t = Task.Complete(Owner, "Policy updated and published", false, Now);
        Assert.True(t.Applied);
        Assert.Equal((TaskLifecycle.Done, (DateTimeOffset?)Now, "owner-1"), (t.Task.Lifecycle, t.Task.ClosedAt, t.Task.ClosedBy));
    }

    [Fact]
    public void The_owner_completes_with_a_file_and_no_comment() => Assert.True(Task.Complete(Owner, null, true, Now).Applied);

    [Fact]
    public void Completing_without_comment_or_file_is_refused_and_changes_nothing()
    {
        var t = Task.Complete(Owner, "  ", false, Now);
        Assert.False(t.Applied);
        Assert.Same(Task, t.Task);
        Assert.Equal("Add a comment or a file that shows the work is done.", t.Refusal);
    }

    [Fact]
    public void Someone_else_cannot_complete_but_the_ciso_can()
    {
        Assert.Equal("Only the owner or the CISO can complete this task.", Task.Complete(Stranger, "done", false, Now).Refusal);
        Assert.True(Task.Complete(Ciso, "closed on the owner's behalf", false, Now).Applied);
    }

    [Fact]
    public void Completing_twice_is_refused_so_a_double_click_records_one_completion()
    {
        var done = Task.Complete(Owner, "done", false, Now).Task;
        var again = done.Complete(Owner, "done again", false, Now.AddMinutes(1));
        Assert.False(again.Applied);
        Assert.Equal(Now, again.Task.ClosedAt);
        Assert.Equal("The task is already done.", again.Refusal);
    }

    [Fact]
    public void An_overlong_comment_is_refused() =>
        Assert.False(Task.Complete(Owner, new string('x', FollowUpTask.MaxTextLength + 1), false, Now).Applied);

    [Fact]
    public void The_owner_asks_for_more_time_with_a_reason()
    {
        var t = Task.RequestExtension(Owner, new DateOnly(2026, 4, 1), " Waiting for the supplier ", Now);
        Assert.True(t.Applied);
        Assert.Equal(new ExtensionRequest(new DateOnly(2026, 4, 1), "Waiting for the supplier", "owner-1", Now), t.Task.PendingExtension);
        Assert.Equal(new DateOnly(2026, 3, 15), t.Task.DueDate);
    }

    [Theory]
    [InlineData("someone", "2026-04-01", "reason", "Only the task owner can ask for more time.")]
    [InlineData("owner-1", "2026-04-01", " ", "Give a reason for the extra time.")]
    [InlineData("owner-1", "2026-03-15", "reason", "The new date must be after the current due date 2026-03-15.")]
    [InlineData("owner-1", "2027-03-17", "reason", "An extension can move the due date by at most a year.")]
    public void Invalid_extension_requests_are_refused_with_the_reason(string who, string due, string reason, string refusal)
    {
        var t = Task.RequestExtension(new TaskActor(who, false), DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), reason, Now);
        Assert.Equal((false, refusal), (t.Applied, t.Refusal));
    }

    [Fact]
    public void A_second_request_while_one_is_pending_is_refused()
    {
        var pending = Task.RequestExtension(Owner, new DateOnly(2026, 4, 1), "r", Now).Task;
        Assert.Equal("A request for more time is already waiting for a decision.",
            pending.RequestExtension(Owner, new DateOnly(2026, 5, 1), "r", Now).Refusal);
    }

    [Fact]
    public void The_ciso_grants_the_requested_date_which_resets_the_reminder_start()
    {
        var pending = Task.RequestExtension(Owner, new DateOnly(2026, 4, 1), "r", Now).Task;
        var t = pending.DecideExtension(Ciso, true, null, new DateOnly(2026, 3, 10));
        Assert.True(t.Applied);
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 3, 15), new DateOnly(2026, 3, 10), 1, (ExtensionRequest?)null),
            (t.Task.DueDate, t.Task.OriginalDueDate, t.Task.DueSetOn, t.Task.ExtensionsGranted, t.Task.PendingExtension));
    }

    [Fact]
    public void The_ciso_may_grant_a_different_date_or_refuse()
    {
        var pending = Task.RequestExtension(Owner, new DateOnly(2026, 5, 1), "r", Now).Task;
        Assert.Equal(new DateOnly(2026, 4, 1), pending.DecideExtension(Ciso, true, new DateOnly(2026, 4, 1), Today).Task.DueDate);
        var refused = pending.DecideExtension(Ciso, false, null, Today);
        Assert.True(refused.Applied);
        Assert.Equal((new DateOnly(2026, 3, 15), (ExtensionRequest?)null, 0),
            (refused.Task.DueDate, refused.Task.PendingExtension, refused.Task.ExtensionsGranted));
    }

    [Fact]
    public void Only_the_ciso_decides_and_only_on_a_pending_request()
    {
        var pending = Task.RequestExtension(Owner, new DateOnly(2026, 4, 1), "r", Now).Task;
        Assert.Equal("Only the CISO can decide on more time.", pending.DecideExtension(Owner, true, null, Today).Refusal);
        Assert.Equal("There is no request for more time to decide.", Task.DecideExtension(Ciso, true, null, Today).Refusal);
        Assert.False(pending.DecideExtension(Ciso, true, new DateOnly(2026, 3, 1), Today).Applied);
    }

    [Fact]
    public void Completing_clears_a_pending_request()
    {
        var pending = Task.RequestExtension(Owner, new DateOnly(2026, 4, 1), "r", Now).Task;
        Assert.Null(pending.Complete(Owner, "done after all", false, Now).Task.PendingExtension);
    }

    [Fact]
    public void The_ciso_cancels_with_a_reason_and_reopens_with_a_new_date()
    {
        Assert.Equal("Only the CISO can cancel a task.", Task.Cancel(Owner, "dup", Now).Refusal);
        Assert.Equal("Give a reason for cancelling.", Task.Cancel(Ciso, "", Now).Refusal);
        var cancelled = Task.Cancel(Ciso, "Duplicate of another finding", Now).Task;
        Assert.Equal(TaskLifecycle.Cancelled, cancelled.Lifecycle);
        Assert.Equal("The task is already cancelled.", cancelled.Complete(Owner, "x", false, Now).Refusal);

        Assert.Equal("The new due date cannot be in the past.", cancelled.Reopen(Ciso, Today.AddDays(-1), Today).Refusal);
        Assert.Equal("Only the CISO can reopen a task.", cancelled.Reopen(Owner, Today.AddDays(7), Today).Refusal);
        var reopened = cancelled.Reopen(Ciso, Today.AddDays(7), Today).Task;
        Assert.Equal((TaskLifecycle.Open, Today.AddDays(7), (DateTimeOffset?)null), (reopened.Lifecycle, reopened.DueDate, reopened.ClosedAt));
        Assert.Equal("The task is still open.", Task.Reopen(Ciso, Today, Today).Refusal);
    }

    [Fact]
    public void Reassigning_hands_the_task_over_and_drops_the_old_owners_request()
    {
        var pending = Task.RequestExtension(Owner, new DateOnly(2026, 4, 1), "r", Now).Task;
        var t = pending.Reassign(Ciso, "owner-2");
        Assert.Equal(("owner-2", (ExtensionRequest?)null), (t.Task.OwnerId, t.Task.PendingExtension));
        Assert.Equal("Only the CISO can reassign a task.", Task.Reassign(Owner, "owner-2").Refusal);
        Assert.Equal("The task already has this owner.", Task.Reassign(Ciso, "owner-1").Refusal);
    }
}
