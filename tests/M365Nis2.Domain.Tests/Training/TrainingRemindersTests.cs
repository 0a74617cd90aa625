using M365Nis2.Domain.Training;

namespace M365Nis2.Domain.Tests.Training;

public class TrainingRemindersTests
{
    private static readonly Attendance[] TrainedMarch2025 = [new(new DateOnly(2025, 3, 15), 3m)];

    /// <summary>Runs the daily job from <paramref name="from"/> to <paramref name="to"/> and returns the days a reminder went out.</summary>
    private static List<DateOnly> DailyJob(IReadOnlyList<Attendance> attendances, DateOnly from, DateOnly to)
    {
        var member = new MemberTraining("oid-anders", "Anders Kjær", attendances, null);
        var days = new List<DateOnly>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (TrainingReminders.Due([member], TrainingRule.Default, day).Count == 1)
            {
                days.Add(day);
                member = member with { LastReminderOn = day };
            }
        }
        return days;
    }

    [Fact]
    public void Daily_job_reminds_once_when_due_soon_then_on_the_first_overdue_day_then_weekly()
    {
        var days = DailyJob(TrainedMarch2025, new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 1));

        Assert.Equal(
            [new DateOnly(2026, 2, 13), new DateOnly(2026, 3, 16), new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 30)],
            days);
    }

    [Fact]
    public void Current_member_gets_no_reminder() =>
        Assert.Empty(TrainingReminders.Due([new MemberTraining("a", "A", TrainedMarch2025, null)], TrainingRule.Default, new DateOnly(2025, 6, 1)));

    [Fact]
    public void Never_trained_member_is_reminded_weekly() =>
        Assert.Equal(3, DailyJob([], new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 15)).Count);

    [Fact]
    public void Reminder_carries_the_status_for_the_message()
    {
        var reminder = Assert.Single(TrainingReminders.Due([new MemberTraining("a", "A", TrainedMarch2025, null)], TrainingRule.Default, new DateOnly(2026, 3, 1)));
        Assert.Equal(TrainingState.DueSoon, reminder.Status.State);
    }
}
