namespace M365Nis2.Domain.Incidents;

/// <summary>An authority's request for an intermediate report (Art. 23(4)(c)); the due date is optional.</summary>
public sealed record IntermediateRequest(DateTimeOffset RequestedAt, DateTimeOffset? DueBy);

/// <summary>
/// The reporting facts of one significant incident: when we became aware and when each stage was submitted.
/// Immutable; <see cref="Submit"/> and <see cref="RequestIntermediate"/> return a new record.
/// </summary>
public sealed record IncidentReporting(DateTimeOffset AwareAt)
{
    public DateTimeOffset? EarlyWarningSubmittedAt { get; init; }
    public DateTimeOffset? NotificationSubmittedAt { get; init; }
    public DateTimeOffset? IntermediateSubmittedAt { get; init; }
    public DateTimeOffset? FinalReportSubmittedAt { get; init; }
    public IntermediateRequest? Intermediate { get; init; }

    public DateTimeOffset? SubmittedAt(IncidentStage stage) => stage switch
    {
        IncidentStage.EarlyWarning => EarlyWarningSubmittedAt,
        IncidentStage.Notification => NotificationSubmittedAt,
        IncidentStage.Intermediate => IntermediateSubmittedAt,
        _ => FinalReportSubmittedAt,
    };

    /// <summary>
    /// Records a submission. Submitting a stage again keeps the first time (idempotent: a resubmission does not move the
    /// final-report deadline); an intermediate report without a request is refused.
    /// </summary>
    public IncidentReporting Submit(IncidentStage stage, DateTimeOffset at)
    {
        if (at < AwareAt)
            throw new ArgumentException("A report cannot be submitted before the incident was known.", nameof(at));
        if (SubmittedAt(stage) is not null)
            return this;
        return stage switch
        {
            IncidentStage.EarlyWarning => this with { EarlyWarningSubmittedAt = at },
            IncidentStage.Notification => this with { NotificationSubmittedAt = at },
            IncidentStage.Intermediate when Intermediate is null =>
                throw new InvalidOperationException("An intermediate report is only due when the authority requests one."),
            IncidentStage.Intermediate => this with { IntermediateSubmittedAt = at },
            _ => this with { FinalReportSubmittedAt = at },
        };
    }

    /// <summary>Records the authority's request for an intermediate report.</summary>
    public IncidentReporting RequestIntermediate(DateTimeOffset requestedAt, DateTimeOffset? dueBy = null) =>
        this with { Intermediate = new(requestedAt, dueBy), IntermediateSubmittedAt = null };
}
