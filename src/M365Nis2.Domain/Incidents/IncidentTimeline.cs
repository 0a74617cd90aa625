namespace M365Nis2.Domain.Incidents;

public enum StageStatus
{
    Upcoming = 0,
    /// <summary>Inside the stage's first reminder window (12 h for 24/72 h, 7 days for the final report, 1 day for intermediate).</summary>
    DueSoon,
    Overdue,
    SubmittedOnTime,
    SubmittedLate,
}

/// <summary>One stage on the timeline.</summary>
/// <param name="Due">Null only for an intermediate report requested without a due date.</param>
/// <param name="TimeLeft">Due minus now (negative when overdue); null once submitted or without a due date.</param>
/// <param name="Note">Why a deadline is provisional, in plain English; null otherwise.</param>
public sealed record StageTimeline(IncidentStage Stage, DateTimeOffset? Due, DateTimeOffset? SubmittedAt, StageStatus Status,
    TimeSpan? TimeLeft, string? Note = null);

/// <summary>The reporting timeline at one instant. Submitting exactly at the due time is on time.</summary>
public sealed record IncidentTimeline(IncidentReporting Reporting, DateTimeOffset Now, IReadOnlyList<StageTimeline> Stages)
{
    public StageTimeline this[IncidentStage stage] => Stages.Single(s => s.Stage == stage);

    /// <summary>The timeline for <paramref name="reporting"/> at <paramref name="now"/>; the intermediate stage appears only once requested.</summary>
    public static IncidentTimeline Build(IncidentReporting reporting, DateTimeOffset now)
    {
        var (finalDue, basis) = IncidentDeadlines.FinalReportDue(reporting.AwareAt, reporting.NotificationSubmittedAt);
        var stages = new List<StageTimeline>
        {
            Stage(IncidentStage.EarlyWarning, IncidentDeadlines.EarlyWarningDue(reporting.AwareAt), reporting, now),
            Stage(IncidentStage.Notification, IncidentDeadlines.NotificationDue(reporting.AwareAt), reporting, now),
        };
        if (reporting.Intermediate is { } request)
            stages.Add(Stage(IncidentStage.Intermediate, request.DueBy, reporting, now));
        var final = Stage(IncidentStage.FinalReport, finalDue, reporting, now);
        stages.Add(basis == FinalReportBasis.NotificationDeadline
            ? final with { Note = "Provisional: one month after the 72 h notification deadline, as the notification is not yet submitted." }
            : final);
        return new(reporting, now, stages);
    }

    /// <summary>How long before the due time a stage counts as due soon (its first reminder).</summary>
    public static TimeSpan DueSoonWindow(IncidentStage stage) => IncidentReminders.LeadTimes(stage)[0];

    private static StageTimeline Stage(IncidentStage stage, DateTimeOffset? due, IncidentReporting reporting, DateTimeOffset now)
    {
        var submitted = reporting.SubmittedAt(stage);
        var status = (submitted, due) switch
        {
            ({ } s, { } d) => s <= d ? StageStatus.SubmittedOnTime : StageStatus.SubmittedLate,
            ({ }, null) => StageStatus.SubmittedOnTime,
            (null, { } d) when now > d => StageStatus.Overdue,
            (null, { } d) when now >= d - DueSoonWindow(stage) => StageStatus.DueSoon,
            _ => StageStatus.Upcoming,
        };
        TimeSpan? left = submitted is null && due is { } dd ? dd - now : null;
        return new(stage, due, submitted, status, left);
    }
}
