using System.Collections.Immutable;
using M365Nis2.Domain.Incidents;

namespace M365Nis2.Web.Features.Incidents;

public enum SuspectedCause
{
    Unknown = 0,
    Malicious,
    Unlawful,
    Error,
    Other,
}

public enum CrossBorderEffect
{
    Unknown = 0,
    Yes,
    No,
}

/// <summary>Where an incident is in its life: reported, then classified by the CISO; closed once the final report is in.</summary>
public enum IncidentStatus
{
    Suspected = 0,
    Significant,
    NotSignificant,
    Closed,
}

/// <summary>What the reporter told us. <paramref name="UsersAffected"/> null = not known yet.</summary>
public sealed record IncidentReport(
    string WhatHappened,
    DateTimeOffset AwareAt,
    string ServicesAffected,
    int? UsersAffected,
    bool UsersAffectedIsEstimate,
    SuspectedCause Cause,
    CrossBorderEffect CrossBorder);

/// <summary>
/// One incident in the register: the report, the CISO's Art. 23(3) assessment (null while suspected), the Art. 23(4)
/// reporting facts and the vault artefacts of submitted stages. The rules live in the domain types it holds.
/// </summary>
public sealed record Incident(string Id, DateTimeOffset ReportedAt, string ReporterId, string ReporterName, IncidentReport Report)
{
    public SignificanceAssessment? Assessment { get; init; }

    public IncidentReporting Reporting { get; init; } = new(Report.AwareAt);

    /// <summary>Vault artefact id per submitted stage.</summary>
    public ImmutableDictionary<IncidentStage, string> ArtefactIds { get; init; } = ImmutableDictionary<IncidentStage, string>.Empty;

    public IncidentStatus Status => Assessment?.Decision?.Outcome switch
    {
        null => IncidentStatus.Suspected,
        Significance.NotSignificant => IncidentStatus.NotSignificant,
        _ when Reporting.FinalReportSubmittedAt is not null => IncidentStatus.Closed,
        _ => IncidentStatus.Significant,
    };

    public bool IsSignificant => Assessment?.Decision?.Outcome == Significance.Significant;

    /// <summary>The reporting timeline at <paramref name="now"/>; only significant incidents have one.</summary>
    public IncidentTimeline? TimelineAt(DateTimeOffset now) => IsSignificant ? IncidentTimeline.Build(Reporting, now) : null;

    /// <summary>First line of what happened, for lists and card titles.</summary>
    public string Summary
    {
        get
        {
            var line = Report.WhatHappened.Split('\n', 2)[0].Trim();
            return line.Length <= 80 ? line : line[..77] + "…";
        }
    }

    /// <summary>A short reference people can say out loud ("INC-3F2A91").</summary>
    public string Reference => "INC-" + Id[..6].ToUpperInvariant();
}
