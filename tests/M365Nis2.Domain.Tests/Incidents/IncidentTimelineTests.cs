using M365Nis2.Domain.Incidents;
using Microsoft.Extensions.Time.Testing;
using static M365Nis2.Domain.Tests.Incidents.Copenhagen;

namespace M365Nis2.Domain.Tests.Incidents;

public class IncidentTimelineTests
{
    private static readonly DateTimeOffset Aware = At(2026, 3, 28, 10);
    private readonly FakeTimeProvider _clock = new(Aware);

    private IncidentTimeline Now(IncidentReporting reporting) => IncidentTimeline.Build(reporting, _clock.GetUtcNow());

    [Fact]
    public void Right_after_awareness_every_stage_is_upcoming_and_no_intermediate_report_is_listed()
    {
        var timeline = Now(new IncidentReporting(Aware));

        Assert.Equal([IncidentStage.EarlyWarning, IncidentStage.Notification, IncidentStage.FinalReport], timeline.Stages.Select(s => s.Stage));
        Assert.All(timeline.Stages, s => Assert.Equal(StageStatus.Upcoming, s.Status));
        Assert.Equal(TimeSpan.FromHours(24), timeline[IncidentStage.EarlyWarning].TimeLeft);
    }

    [Fact]
    public void Final_report_is_marked_provisional_until_the_notification_is_submitted()
    {
        var reporting = new IncidentReporting(Aware);
        Assert.Contains("Provisional", Now(reporting)[IncidentStage.FinalReport].Note, StringComparison.Ordinal);

        var submitted = reporting.Submit(IncidentStage.Notification, Aware.AddHours(30));
        var final = Now(submitted)[IncidentStage.FinalReport];
        Assert.Null(final.Note);
        Assert.Equal(Local(Aware.AddHours(30)).AddMonths(1), Local(final.Due!.Value));
    }

    [Fact]
    public void Early_warning_is_due_soon_within_12_hours_and_overdue_after_24()
    {
        _clock.Advance(TimeSpan.FromHours(11.9));
        Assert.Equal(StageStatus.Upcoming, Now(new(Aware))[IncidentStage.EarlyWarning].Status);
        _clock.Advance(TimeSpan.FromHours(0.1));
        Assert.Equal(StageStatus.DueSoon, Now(new(Aware))[IncidentStage.EarlyWarning].Status);
        _clock.Advance(TimeSpan.FromHours(12));
        Assert.Equal(StageStatus.DueSoon, Now(new(Aware))[IncidentStage.EarlyWarning].Status);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var overdue = Now(new(Aware))[IncidentStage.EarlyWarning];
        Assert.Equal(StageStatus.Overdue, overdue.Status);
        Assert.Equal(TimeSpan.FromMinutes(-1), overdue.TimeLeft);
    }

    [Fact]
    public void Submission_exactly_at_the_due_time_is_on_time_and_one_second_later_is_late()
    {
        var onTime = new IncidentReporting(Aware).Submit(IncidentStage.EarlyWarning, Aware.AddHours(24));
        var late = new IncidentReporting(Aware).Submit(IncidentStage.EarlyWarning, Aware.AddHours(24).AddSeconds(1));

        Assert.Equal(StageStatus.SubmittedOnTime, Now(onTime)[IncidentStage.EarlyWarning].Status);
        Assert.Null(Now(onTime)[IncidentStage.EarlyWarning].TimeLeft);
        Assert.Equal(StageStatus.SubmittedLate, Now(late)[IncidentStage.EarlyWarning].Status);
    }

    [Fact]
    public void Submitting_a_stage_twice_keeps_the_first_time_so_the_final_deadline_does_not_move()
    {
        var once = new IncidentReporting(Aware).Submit(IncidentStage.Notification, Aware.AddHours(40));
        Assert.Same(once, once.Submit(IncidentStage.Notification, Aware.AddHours(50)));
    }

    [Fact]
    public void Submission_before_awareness_is_refused() =>
        Assert.Throws<ArgumentException>(() => new IncidentReporting(Aware).Submit(IncidentStage.EarlyWarning, Aware.AddMinutes(-1)));

    [Fact]
    public void Intermediate_report_appears_once_requested_with_or_without_a_due_date()
    {
        var withoutDue = new IncidentReporting(Aware).RequestIntermediate(Aware.AddDays(5));
        var stage = Now(withoutDue)[IncidentStage.Intermediate];
        Assert.Equal((StageStatus.Upcoming, (DateTimeOffset?)null, (TimeSpan?)null), (stage.Status, stage.Due, stage.TimeLeft));

        var withDue = new IncidentReporting(Aware).RequestIntermediate(Aware.AddDays(5), Aware.AddDays(10));
        _clock.Advance(TimeSpan.FromDays(10).Add(TimeSpan.FromHours(1)));
        Assert.Equal(StageStatus.Overdue, Now(withDue)[IncidentStage.Intermediate].Status);
    }

    [Fact]
    public void Intermediate_report_cannot_be_submitted_without_a_request() =>
        Assert.Throws<InvalidOperationException>(() => new IncidentReporting(Aware).Submit(IncidentStage.Intermediate, Aware.AddDays(1)));

    [Fact]
    public void Final_report_is_due_soon_in_its_last_seven_days()
    {
        var reporting = new IncidentReporting(Aware).Submit(IncidentStage.Notification, Aware.AddHours(48));
        var due = Now(reporting)[IncidentStage.FinalReport].Due!.Value;
        _clock.SetUtcNow(due.AddDays(-7).AddMinutes(-1));
        Assert.Equal(StageStatus.Upcoming, Now(reporting)[IncidentStage.FinalReport].Status);
        _clock.SetUtcNow(due.AddDays(-7));
        Assert.Equal(StageStatus.DueSoon, Now(reporting)[IncidentStage.FinalReport].Status);
    }
}
