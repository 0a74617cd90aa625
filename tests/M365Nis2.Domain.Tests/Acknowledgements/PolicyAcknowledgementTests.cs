using M365Nis2.Domain.Acknowledgements;

namespace M365Nis2.Domain.Tests.Acknowledgements;

public class PolicyAcknowledgementTests
{
    private const string Sha = "ab12cd";
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static PolicyAcknowledgement New(int maxAttempts = 3) => new("user-1", Sha, maxAttempts);

    [Fact]
    public void A_new_person_is_pending_and_not_acknowledged()
    {
        var p = New();
        Assert.Equal(AcknowledgementState.Pending, p.State);
        Assert.False(p.IsAcknowledged);
        Assert.Null(p.AskedAt);
    }

    [Fact]
    public void Asked_records_the_time_and_counts_the_attempt()
    {
        var t = New().Asked(T0);
        Assert.True(t.Applied);
        Assert.Equal(AcknowledgementState.Asked, t.Acknowledgement.State);
        Assert.Equal(T0, t.Acknowledgement.AskedAt);
        Assert.Equal(1, t.Acknowledgement.Attempts);
    }

    [Fact]
    public void Nobody_is_asked_twice()
    {
        var asked = New().Asked(T0).Acknowledgement;
        var again = asked.Asked(T0.AddHours(1));
        Assert.False(again.Applied);
        Assert.Same(asked, again.Acknowledgement);
        Assert.Equal("Already Asked; not asked again.", again.Refusal);
    }

    [Fact]
    public void Someone_who_acknowledged_in_the_tab_before_the_card_went_out_is_not_asked()
    {
        var done = New().Acknowledge(Sha, AcknowledgementChannel.Tab, T0).Acknowledgement;
        Assert.False(done.Asked(T0.AddMinutes(1)).Applied);
    }

    [Fact]
    public void Failed_sends_stay_pending_until_the_last_attempt_then_fail_with_the_last_reason()
    {
        var p = New(maxAttempts: 3);
        p = p.SendFailed("no chat").Acknowledgement;
        Assert.Equal(AcknowledgementState.Pending, p.State);
        p = p.SendFailed("no chat again").Acknowledgement;
        Assert.Equal(AcknowledgementState.Pending, p.State);
        p = p.SendFailed("blocked").Acknowledgement;
        Assert.Equal(AcknowledgementState.Failed, p.State);
        Assert.Equal(3, p.Attempts);
        Assert.Equal("blocked", p.FailureReason);
        Assert.False(p.SendFailed("x").Applied);
    }

    [Fact]
    public void A_send_failure_after_the_card_arrived_changes_nothing() =>
        Assert.False(New().Asked(T0).Acknowledgement.SendFailed("late").Applied);

    [Theory]
    [InlineData(AcknowledgementChannel.Card)]
    [InlineData(AcknowledgementChannel.Tab)]
    public void Acknowledging_records_time_and_channel(AcknowledgementChannel channel)
    {
        var t = New().Asked(T0).Acknowledgement.Acknowledge(Sha, channel, T0.AddHours(2));
        Assert.True(t.Applied);
        Assert.Equal(AcknowledgementState.Acknowledged, t.Acknowledgement.State);
        Assert.Equal(T0.AddHours(2), t.Acknowledgement.AcknowledgedAt);
        Assert.Equal(channel, t.Acknowledgement.Channel);
    }

    [Fact]
    public void A_second_acknowledgement_is_refused_and_keeps_the_first_time()
    {
        var first = New().Asked(T0).Acknowledgement.Acknowledge(Sha, AcknowledgementChannel.Card, T0.AddHours(1)).Acknowledgement;
        var second = first.Acknowledge(Sha, AcknowledgementChannel.Tab, T0.AddHours(3));
        Assert.False(second.Applied);
        Assert.Equal("Already acknowledged.", second.Refusal);
        Assert.Equal(T0.AddHours(1), second.Acknowledgement.AcknowledgedAt);
        Assert.Equal(AcknowledgementChannel.Card, second.Acknowledgement.Channel);
    }

    [Fact]
    public void The_hash_is_compared_without_regard_to_case_and_may_be_left_out()
    {
        Assert.True(New().Acknowledge("AB12CD", AcknowledgementChannel.Card, T0).Applied);
        Assert.True(New().Acknowledge(null, AcknowledgementChannel.Tab, T0).Applied);
    }

    [Fact]
    public void Another_versions_hash_is_refused()
    {
        var t = New().Asked(T0).Acknowledgement.Acknowledge("ffff", AcknowledgementChannel.Card, T0);
        Assert.False(t.Applied);
        Assert.Equal("The document you read is not the approved version.", t.Refusal);
        Assert.Equal(AcknowledgementState.Asked, t.Acknowledgement.State);
    }

    [Fact]
    public void Someone_whose_card_could_not_be_delivered_can_still_acknowledge_in_the_tab()
    {
        var failed = New(maxAttempts: 1).SendFailed("no chat").Acknowledgement;
        Assert.True(failed.Acknowledge(Sha, AcknowledgementChannel.Tab, T0).Applied);
    }

    [Fact]
    public void A_reminder_is_due_after_the_interval_and_only_up_to_the_maximum()
    {
        var asked = New().Asked(T0).Acknowledgement;
        Assert.False(asked.IsDueForReminder(T0.AddDays(3).AddSeconds(-1), 3, 2));
        Assert.True(asked.IsDueForReminder(T0.AddDays(3), 3, 2));
        var once = asked.Reminded(T0.AddDays(3)).Acknowledgement;
        Assert.False(once.IsDueForReminder(T0.AddDays(5), 3, 2));
        Assert.True(once.IsDueForReminder(T0.AddDays(6), 3, 2));
        var twice = once.Reminded(T0.AddDays(6)).Acknowledgement;
        Assert.Equal(2, twice.RemindersSent);
        Assert.False(twice.IsDueForReminder(T0.AddDays(60), 3, 2));
    }

    [Fact]
    public void Nobody_pending_acknowledged_or_failed_is_reminded()
    {
        var far = T0.AddDays(100);
        Assert.False(New().IsDueForReminder(far, 3, 2));
        Assert.False(New().Reminded(T0).Applied);
        var done = New().Asked(T0).Acknowledgement.Acknowledge(Sha, AcknowledgementChannel.Card, T0).Acknowledgement;
        Assert.False(done.IsDueForReminder(far, 3, 2));
        Assert.False(done.Reminded(far).Applied);
        Assert.False(New(1).SendFailed("x").Acknowledgement.IsDueForReminder(far, 3, 2));
    }

    [Fact]
    public void Zero_reminders_allowed_means_none_is_due() =>
        Assert.False(New().Asked(T0).Acknowledgement.IsDueForReminder(T0.AddDays(30), 3, 0));

    [Fact]
    public void Restore_gives_back_what_was_stored()
    {
        var p = PolicyAcknowledgement.Restore("u", Sha, 3, AcknowledgementState.Acknowledged, T0, 1, null, 1, T0.AddDays(3), T0.AddDays(4),
            AcknowledgementChannel.Tab);
        Assert.Equal(AcknowledgementState.Acknowledged, p.State);
        Assert.Equal(T0.AddDays(4), p.AcknowledgedAt);
        Assert.Equal(AcknowledgementChannel.Tab, p.Channel);
        Assert.Equal(1, p.RemindersSent);
        Assert.False(p.Acknowledge(Sha, AcknowledgementChannel.Card, T0.AddDays(5)).Applied);
    }
}
