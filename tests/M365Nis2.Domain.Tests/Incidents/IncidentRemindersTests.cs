using M365Nis2.Domain.Incidents;
using Microsoft.Extensions.Time.Testing;
using static M365Nis2.Domain.Tests.Incidents.Copenhagen;

namespace M365Nis2.Domain.Tests.Incidents;

public class IncidentRemindersTests
{
    private static readonly DateTimeOffset Aware = At(2026, 3, 28, 10);

    /// <summary>Runs a job every <paramref name="step"/> until <paramref name="until"/>, storing every covered marker as sent.</summary>
    private static List<IncidentReminder> RunJob(Func<IncidentReporting> reporting, FakeTimeProvider clock, TimeSpan step, DateTimeOffset until)
    {
        var sent = new HashSet<string>(StringComparer.Ordinal);
        var all = new List<IncidentReminder>();
        while (clock.GetUtcNow() <= until)
        {
            var now = clock.GetUtcNow();
            var due = IncidentReminders.DueReminders(IncidentTimeline.Build(reporting(), now), sent, now);
            all.AddRange(due);
            sent.UnionWith(due.SelectMany(r => r.Covers));
            clock.Advance(step);
        }
        return all;
    }

    [Fact]
    public void A_job_every_15_minutes_sends_each_early_warning_and_notification_reminder_exactly_once_across_spring_forward()
    {
        var clock = new FakeTimeProvider(Aware);
        var sent = RunJob(() => new IncidentReporting(Aware), clock, TimeSpan.FromMinutes(15), Aware.AddHours(80));

        Assert.Equal(
            ["12h", "4h", "1h", "overdue"],
            sent.Where(r => r.Stage == IncidentStage.EarlyWarning).Select(r => r.Marker.Split(':')[1]));
        Assert.Equal(
            ["12h", "4h", "1h", "overdue"],
            sent.Where(r => r.Stage == IncidentStage.Notification).Select(r => r.Marker.Split(':')[1]));
        Assert.Equal(sent.Count, sent.Select(r => r.Marker).Distinct().Count());
        // The 1 h reminder for the 24 h deadline goes out at 10:00 local on the 29th — 23 real hours after 10:00 on the 28th.
        Assert.Contains(sent, r => r.Marker.StartsWith("early_warning:1h", StringComparison.Ordinal));
    }

    [Fact]
    public void Reminder_points_fall_at_12_4_and_1_hours_before_due_and_just_after_it()
    {
        var reporting = new IncidentReporting(Aware);
        var due = Aware.AddHours(24);
        foreach (var (at, expected) in new[] { (due.AddHours(-12), "12h"), (due.AddHours(-4), "4h"), (due.AddHours(-1), "1h") })
        {
            var reminder = Assert.Single(IncidentReminders.DueReminders(IncidentTimeline.Build(reporting, at), new HashSet<string>(), at),
                r => r.Stage == IncidentStage.EarlyWarning);
            Assert.Equal(expected, reminder.Marker.Split(':')[1]);
        }
        Assert.DoesNotContain(IncidentReminders.DueReminders(IncidentTimeline.Build(reporting, due), new HashSet<string> { "x" }, due),
            r => r.Kind == ReminderKind.Overdue);
    }

    [Fact]
    public void No_reminder_is_sent_for_a_submitted_stage()
    {
        var reporting = new IncidentReporting(Aware).Submit(IncidentStage.EarlyWarning, Aware.AddHours(2));
        var now = Aware.AddHours(23.5);
        Assert.DoesNotContain(IncidentReminders.DueReminders(IncidentTimeline.Build(reporting, now), new HashSet<string>(), now),
            r => r.Stage == IncidentStage.EarlyWarning);
    }

    [Fact]
    public void Missed_points_are_collapsed_into_one_reminder_that_covers_them_all()
    {
        var now = Aware.AddHours(23.5);
        var reminder = Assert.Single(IncidentReminders.DueReminders(IncidentTimeline.Build(new(Aware), now), new HashSet<string>(), now));

        Assert.Equal(IncidentStage.EarlyWarning, reminder.Stage);
        Assert.Equal(TimeSpan.FromHours(1), reminder.Lead);
        Assert.Equal(3, reminder.Covers.Count);
    }

    [Fact]
    public void Final_report_reminders_follow_the_new_deadline_once_the_notification_is_submitted()
    {
        var provisional = new IncidentReporting(Aware);
        var clock = new FakeTimeProvider(Aware);
        var submittedAt = Aware.AddHours(60);
        var reporting = () => clock.GetUtcNow() >= submittedAt ? provisional.Submit(IncidentStage.Notification, submittedAt) : provisional;
        var due = IncidentDeadlines.FinalReportDue(Aware, submittedAt).Due;

        var finals = RunJob(reporting, clock, TimeSpan.FromHours(1), due.AddDays(1))
            .Where(r => r.Stage == IncidentStage.FinalReport).ToList();

        Assert.Equal(["7d", "1d", "overdue"], finals.Select(r => r.Marker.Split(':')[1]));
        Assert.All(finals, r => Assert.Equal(due, r.Due));
    }

    [Fact]
    public void Requested_intermediate_report_with_a_due_date_is_reminded_a_day_and_an_hour_before()
    {
        var dueBy = Aware.AddDays(10);
        var clock = new FakeTimeProvider(Aware.AddDays(5));
        var sent = RunJob(() => new IncidentReporting(Aware).RequestIntermediate(Aware.AddDays(5), dueBy), clock, TimeSpan.FromHours(1), dueBy.AddHours(2));

        Assert.Equal(["1d", "1h", "overdue"], sent.Where(r => r.Stage == IncidentStage.Intermediate).Select(r => r.Marker.Split(':')[1]));
    }

    [Fact]
    public void Markers_count_per_recipient_and_markers_stored_before_count_for_everyone()
    {
        var now = Aware.AddHours(12).AddMinutes(1);
        var timeline = IncidentTimeline.Build(new IncidentReporting(Aware), now);
        var due = IncidentReminders.DueReminders(timeline, new HashSet<string>(), now).Single();
        string[] stored = [IncidentReminders.SentMarker(due.Marker, "ciso-id")];

        Assert.Empty(IncidentReminders.DueReminders(timeline, IncidentReminders.SentTo(stored, "ciso-id"), now));
        Assert.Equal([due.Marker], IncidentReminders.DueReminders(timeline, IncidentReminders.SentTo(stored, "member-id"), now).Select(r => r.Marker));
        Assert.Empty(IncidentReminders.SentTo(stored, "ciso"));
        Assert.Empty(IncidentReminders.DueReminders(timeline, IncidentReminders.SentTo([due.Marker], "member-id"), now));
    }
}
