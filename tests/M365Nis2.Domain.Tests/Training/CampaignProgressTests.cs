using M365Nis2.Domain.Training;

namespace M365Nis2.Domain.Tests.Training;

public class CampaignProgressTests
{
    private static readonly DateTimeOffset T0 = new(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly QuizResult Pass = new(1m, 4, 4, true, []);
    private static readonly QuizResult Fail = new(0.25m, 1, 4, false, []);

    private static RecipientProgress Prompted(string oid = "oid") => new RecipientProgress(oid).Prompted(T0).Recipient;

    [Fact]
    public void Recipient_moves_from_pending_to_prompted_to_completed_with_score()
    {
        var done = Prompted().Completed(Pass, T0.AddHours(2));
        Assert.True(done.Applied);
        Assert.Equal((RecipientState.Completed, 1m, (bool?)true), (done.Recipient.State, done.Recipient.Score, done.Recipient.Passed));
    }

    [Fact]
    public void Prompting_twice_is_refused_so_nobody_is_prompted_twice()
    {
        var again = Prompted().Prompted(T0.AddMinutes(5));
        Assert.False(again.Applied);
        Assert.Equal(T0, again.Recipient.PromptedAt);
    }

    [Fact]
    public void Completing_without_a_prompt_or_twice_is_refused()
    {
        Assert.False(new RecipientProgress("oid").Completed(Pass, T0).Applied);
        Assert.Equal("Already completed.", Prompted().Completed(Pass, T0).Recipient.Completed(Fail, T0).Refusal);
        Assert.Equal("Allerede gennemført.", Prompted().Completed(Pass, T0).Recipient.Completed(Fail, T0).Why!.Danish);
        var optedOut = new RecipientProgress("oid").OptedOut(T0).Recipient.Completed(Pass, T0);
        Assert.Equal(("Cannot complete from OptedOut.", "Kan ikke gennemføres i tilstanden fravalgt."), (optedOut.Refusal, optedOut.Why!.Danish));
    }

    [Fact]
    public void Failed_sends_retry_until_the_maximum_attempts_then_fail_with_the_reason()
    {
        var r = new RecipientProgress("oid", MaxAttempts: 2).SendFailed("No conversation", T0).Recipient;
        Assert.Equal(RecipientState.Pending, r.State);
        r = r.SendFailed("403 from connector", T0.AddHours(1)).Recipient;
        Assert.Equal((RecipientState.Failed, 2, "403 from connector"), (r.State, r.Attempts, r.FailureReason));
    }

    [Fact]
    public void Opting_out_is_possible_before_completion_but_not_after()
    {
        Assert.Equal(RecipientState.OptedOut, Prompted().OptedOut(T0).Recipient.State);
        Assert.False(Prompted().Completed(Pass, T0).Recipient.OptedOut(T0).Applied);
    }

    [Fact]
    public void Reminder_is_due_after_the_interval_and_stops_at_the_maximum()
    {
        var r = Prompted();
        Assert.False(r.IsDueForReminder(T0.AddDays(2).AddMinutes(-1), minDaysBetween: 2, maxReminders: 2));
        Assert.True(r.IsDueForReminder(T0.AddDays(2), 2, 2));
        r = r.Reminded(T0.AddDays(2)).Recipient;
        Assert.False(r.IsDueForReminder(T0.AddDays(3), 2, 2));
        r = r.Reminded(T0.AddDays(4)).Recipient;
        Assert.False(r.IsDueForReminder(T0.AddDays(30), 2, 2));
        Assert.False(Prompted().Completed(Pass, T0).Recipient.IsDueForReminder(T0.AddDays(30), 2, 2));
    }

    [Fact]
    public void Counts_show_sent_completed_passed_opted_out_and_failed()
    {
        RecipientProgress[] recipients =
        [
            new("pending"),
            Prompted("prompted"),
            Prompted("passed").Completed(Pass, T0).Recipient,
            Prompted("failed-quiz").Completed(Fail, T0).Recipient,
            Prompted("out").OptedOut(T0).Recipient,
            new RecipientProgress("unreachable", MaxAttempts: 1).SendFailed("no chat", T0).Recipient,
        ];

        var counts = CampaignCounts.Of(recipients);

        Assert.Equal(new CampaignCounts(6, 1, 4, 2, 1, 1, 1), counts);
        Assert.Equal(0.5m, counts.CompletionRate);
    }
}
