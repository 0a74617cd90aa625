using M365Nis2.Domain.Incidents;

namespace M365Nis2.Web.Features.Incidents;

public sealed record IncidentSummaryView(string Id, string Reference, string Summary, string Status, DateTimeOffset AwareAt,
    DateTimeOffset ReportedAt, string ReporterName, string? NextStage, DateTimeOffset? NextDue, bool Overdue);

public sealed record ClassificationView(string OperationalOrFinancial, string HarmToOthers, string Suggestion, string? Decision,
    string? Reason, string? DecidedBy, DateTimeOffset? DecidedAt, bool OverridesSuggestion);

public sealed record StageView(string Stage, string Title, DateTimeOffset? Due, DateTimeOffset? SubmittedAt, string Status,
    double? TimeLeftSeconds, bool Overdue, string? Note, string? ArtefactId);

public sealed record DraftFieldView(string Id, string Label, bool Required, string? Value);

public sealed record DraftView(string Stage, bool Complete, IReadOnlyList<string> Missing, IReadOnlyList<DraftFieldView> Fields);

public sealed record IncidentDetailView(string Id, string Reference, string Status, string WhatHappened, DateTimeOffset AwareAt,
    DateTimeOffset ReportedAt, string ReporterId, string ReporterName, string ServicesAffected, int? UsersAffected,
    bool UsersAffectedIsEstimate, string SuspectedCause, string CrossBorder, ClassificationView? Classification,
    IReadOnlyList<StageView> Timeline, IReadOnlyList<DraftView> Drafts);

public sealed record SubmissionView(string Stage, DateTimeOffset SubmittedAt, string ArtefactId, IReadOnlyList<StageView> Timeline);

public static class IncidentViews
{
    public static string Snake(this Enum value) =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static IncidentSummaryView Summary(Incident i, DateTimeOffset now)
    {
        var next = i.TimelineAt(now)?.Stages.Where(s => s.SubmittedAt is null && s.Due is not null).MinBy(s => s.Due);
        return new(i.Id, i.Reference, i.Summary, i.Status.Snake(), i.Report.AwareAt, i.ReportedAt, i.ReporterName,
            next?.Stage.UrlName(), next?.Due, i.TimelineAt(now)?.Stages.Any(s => s.Status == StageStatus.Overdue) ?? false);
    }

    public static IReadOnlyList<StageView> Timeline(Incident i, DateTimeOffset now) =>
        i.TimelineAt(now) is { } timeline
            ? [.. timeline.Stages.Select(s => new StageView(s.Stage.UrlName(), s.Stage.Title(ReportLanguage.English), s.Due?.ToUniversalTime(),
                s.SubmittedAt?.ToUniversalTime(), s.Status.Snake(), s.TimeLeft?.TotalSeconds, s.Status == StageStatus.Overdue, s.Note,
                i.ArtefactIds.GetValueOrDefault(s.Stage)))]
            : [];

    public static DraftView Draft(ReportDraft d) => new(d.Stage.UrlName(), d.IsComplete, [.. d.Missing.Select(f => f.Id)],
        [.. d.Fields.Select(f => new DraftFieldView(f.Id, f.English, f.Required, d.ValueOf(f.Id)))]);

    public static IncidentDetailView Detail(Incident i, DateTimeOffset now, IReadOnlyList<ReportDraft> drafts)
    {
        var a = i.Assessment;
        var classification = a is null ? null : new ClassificationView(a.OperationalOrFinancialImpact.Snake(), a.HarmToOthers.Snake(),
            a.Suggestion.Snake(), a.Decision?.Outcome.Snake(), a.Decision?.Reason, a.Decision?.DecidedBy, a.Decision?.DecidedAt, a.DecisionOverridesSuggestion);
        var r = i.Report;
        return new(i.Id, i.Reference, i.Status.Snake(), r.WhatHappened, r.AwareAt, i.ReportedAt, i.ReporterId, i.ReporterName,
            r.ServicesAffected, r.UsersAffected, r.UsersAffectedIsEstimate, r.Cause.Snake(), r.CrossBorder.Snake(), classification,
            Timeline(i, now), [.. drafts.Select(Draft)]);
    }
}
