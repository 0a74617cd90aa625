using System.Collections.Immutable;
using Azure.Data.Tables;
using M365Nis2.Domain.Incidents;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>Explicit mapping between <see cref="Incident"/> (domain records inside) and its Tables row.</summary>
internal static class IncidentRows
{
    public static TableEntity ToEntity(Incident i, string rowKey)
    {
        var e = new TableEntity(i.Id, rowKey)
        {
            ["ReportedAt"] = i.ReportedAt,
            ["ReporterId"] = i.ReporterId,
            ["ReporterName"] = i.ReporterName,
            ["WhatHappened"] = i.Report.WhatHappened,
            ["AwareAt"] = i.Report.AwareAt,
            ["AwareAtOffsetMinutes"] = (int)i.Report.AwareAt.Offset.TotalMinutes,
            ["ServicesAffected"] = i.Report.ServicesAffected,
            ["UsersAffected"] = i.Report.UsersAffected,
            ["UsersAffectedIsEstimate"] = i.Report.UsersAffectedIsEstimate,
            ["Cause"] = i.Report.Cause.ToString(),
            ["CrossBorder"] = i.Report.CrossBorder.ToString(),
            ["EarlyWarningSubmittedAt"] = i.Reporting.EarlyWarningSubmittedAt,
            ["NotificationSubmittedAt"] = i.Reporting.NotificationSubmittedAt,
            ["IntermediateSubmittedAt"] = i.Reporting.IntermediateSubmittedAt,
            ["FinalReportSubmittedAt"] = i.Reporting.FinalReportSubmittedAt,
            ["IntermediateRequestedAt"] = i.Reporting.Intermediate?.RequestedAt,
            ["IntermediateDueBy"] = i.Reporting.Intermediate?.DueBy,
        };
        if (i.Assessment is { } a)
        {
            e["OperationalOrFinancial"] = a.OperationalOrFinancialImpact.ToString();
            e["HarmToOthers"] = a.HarmToOthers.ToString();
            if (a.Decision is { } d)
            {
                e["Decision"] = d.Outcome.ToString();
                e["DecisionReason"] = d.Reason;
                e["DecidedBy"] = d.DecidedBy;
                e["DecidedAt"] = d.DecidedAt;
            }
        }
        foreach (var (stage, artefactId) in i.ArtefactIds)
        {
            e["Artefact_" + stage] = artefactId;
        }
        return e;
    }

    public static Incident FromEntity(TableEntity e)
    {
        // Tables keep instants in UTC; the reporter's offset is kept separately so times read back as entered.
        var awareAt = e.GetDateTimeOffset("AwareAt")!.Value.ToOffset(TimeSpan.FromMinutes(e.GetInt32("AwareAtOffsetMinutes") ?? 0));
        var report = new IncidentReport(
            e.GetString("WhatHappened") ?? "",
            awareAt,
            e.GetString("ServicesAffected") ?? "",
            e.GetInt32("UsersAffected"),
            e.GetBoolean("UsersAffectedIsEstimate") ?? false,
            Enum.Parse<SuspectedCause>(e.GetString("Cause") ?? nameof(SuspectedCause.Unknown)),
            Enum.Parse<CrossBorderEffect>(e.GetString("CrossBorder") ?? nameof(CrossBorderEffect.Unknown)));
        var reporting = new IncidentReporting(awareAt)
        {
            EarlyWarningSubmittedAt = e.GetDateTimeOffset("EarlyWarningSubmittedAt"),
            NotificationSubmittedAt = e.GetDateTimeOffset("NotificationSubmittedAt"),
            IntermediateSubmittedAt = e.GetDateTimeOffset("IntermediateSubmittedAt"),
            FinalReportSubmittedAt = e.GetDateTimeOffset("FinalReportSubmittedAt"),
            Intermediate = e.GetDateTimeOffset("IntermediateRequestedAt") is { } requested
                ? new IntermediateRequest(requested, e.GetDateTimeOffset("IntermediateDueBy"))
                : null,
        };
        SignificanceAssessment? assessment = null;
        if (e.GetString("OperationalOrFinancial") is { } first)
        {
            assessment = new SignificanceAssessment(Enum.Parse<Answer>(first), Enum.Parse<Answer>(e.GetString("HarmToOthers") ?? nameof(Answer.Unknown)));
            if (e.GetString("Decision") is { } decision)
            {
                assessment = assessment.Decide(Enum.Parse<Significance>(decision), e.GetString("DecisionReason") ?? "",
                    e.GetString("DecidedBy") ?? "", e.GetDateTimeOffset("DecidedAt") ?? default);
            }
        }
        var artefacts = ImmutableDictionary<IncidentStage, string>.Empty;
        foreach (var stage in IncidentStages.All)
        {
            if (e.GetString("Artefact_" + stage) is { } artefactId)
            {
                artefacts = artefacts.SetItem(stage, artefactId);
            }
        }
        return new Incident(e.PartitionKey, e.GetDateTimeOffset("ReportedAt") ?? default, e.GetString("ReporterId") ?? "",
            e.GetString("ReporterName") ?? "", report)
        {
            Assessment = assessment,
            Reporting = reporting,
            ArtefactIds = artefacts,
        };
    }
}
