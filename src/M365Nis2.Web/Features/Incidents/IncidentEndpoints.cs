using System.Security.Claims;
using M365Nis2.Domain.Incidents;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace M365Nis2.Web.Features.Incidents;

/// <summary>The incident register API. Anyone reports; the CISO classifies, drafts and records submissions.</summary>
public static class IncidentEndpoints
{
    public static WebApplication MapIncidentEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/incidents");
        api.MapPost("", Report).RequireAuthorization(AuthPolicies.Member);
        api.MapGet("", List).RequireAuthorization(AuthPolicies.Member);
        api.MapGet("/control-status", async (IncidentControlStatusService s, CancellationToken ct) => TypedResults.Ok(await s.GetControlStatusAsync(ct)))
            .RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/{id}", Get).RequireAuthorization(AuthPolicies.Member);
        api.MapPost("/{id}/classify", Classify).RequireAuthorization(AuthPolicies.Ciso);
        api.MapPost("/{id}/intermediate-request", RequestIntermediate).RequireAuthorization(AuthPolicies.Ciso);
        api.MapPut("/{id}/stages/{stage}/draft", SaveDraft).RequireAuthorization(AuthPolicies.Ciso);
        api.MapGet("/{id}/stages/{stage}/export", Export).RequireAuthorization(AuthPolicies.Ciso);
        api.MapPost("/{id}/stages/{stage}/submitted", Submitted).RequireAuthorization(AuthPolicies.Ciso);
        return app;
    }

    private static Actor ActorOf(ClaimsPrincipal user) => new(user.ObjectId(), user.DisplayName(), user.IsCiso());

    private static async Task<IResult> Report(ReportInput input, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
        ClaimsPrincipal user, IncidentService incidents, TimeProvider time, CancellationToken ct)
    {
        var outcome = await incidents.ReportAsync(input, ActorOf(user), idempotencyKey, ct);
        return outcome.Kind switch
        {
            OutcomeKind.Created => TypedResults.Created($"/api/incidents/{outcome.Value!.Id}", IncidentViews.Summary(outcome.Value, time.GetUtcNow())),
            OutcomeKind.Ok => TypedResults.Ok(IncidentViews.Summary(outcome.Value!, time.GetUtcNow())),
            _ => Problem(outcome),
        };
    }

    private static async Task<IResult> List(ClaimsPrincipal user, IncidentService incidents, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var all = (await incidents.ListVisibleAsync(ActorOf(user), ct)).Select(i => IncidentViews.Summary(i, now)).ToList();
        var (page, problem) = Platform.Paging.Page(http, all);
        return problem ?? (IResult)TypedResults.Ok(page);
    }

    private static async Task<IResult> Get(string id, ClaimsPrincipal user, IncidentService incidents, IncidentReportingService reporting,
        TimeProvider time, CancellationToken ct)
    {
        if (await incidents.FindVisibleAsync(id, ActorOf(user), ct) is not { } incident)
            return TypedResults.NotFound();
        var drafts = new List<ReportDraft>();
        // Drafts are the CISO's working text for the authority; a reporter sees the status and deadlines only.
        foreach (var stage in user.IsCiso() ? IncidentReportingService.ApplicableStages(incident) : [])
        {
            drafts.Add(await reporting.DraftAsync(incident, stage, ct));
        }
        return TypedResults.Ok(IncidentViews.Detail(incident, time.GetUtcNow(), drafts));
    }

    private static async Task<IResult> Classify(string id, ClassifyInput input, ClaimsPrincipal user, IncidentService incidents,
        IncidentReportingService reporting, TimeProvider time, CancellationToken ct)
    {
        var outcome = await incidents.ClassifyAsync(id, input, ActorOf(user), ct);
        return outcome.Kind == OutcomeKind.Ok ? await Get(id, user, incidents, reporting, time, ct) : Problem(outcome);
    }

    private static async Task<IResult> RequestIntermediate(string id, IntermediateRequestInput? input, ClaimsPrincipal user, IncidentService incidents,
        IncidentReportingService reporting, TimeProvider time, CancellationToken ct)
    {
        var outcome = await reporting.RequestIntermediateAsync(id, input ?? new(null, null), ActorOf(user), ct);
        return outcome.Kind == OutcomeKind.Ok ? await Get(id, user, incidents, reporting, time, ct) : Problem(outcome);
    }

    private static async Task<IResult> SaveDraft(string id, string stage, Dictionary<string, string?> fields, ClaimsPrincipal user,
        IncidentReportingService reporting, CancellationToken ct)
    {
        if (!IncidentStageNames.TryParse(stage, out var s))
            return BadStage(stage);
        var outcome = await reporting.SaveDraftAsync(id, s, fields, ActorOf(user), ct);
        return outcome.Kind == OutcomeKind.Ok ? TypedResults.Ok(IncidentViews.Draft(outcome.Value!)) : Problem(outcome);
    }

    private static async Task<IResult> Export(string id, string stage, string? format, string? lang, ClaimsPrincipal user,
        IncidentReportingService reporting, CancellationToken ct)
    {
        if (!IncidentStageNames.TryParse(stage, out var s))
            return BadStage(stage);
        if (format is not (null or "text" or "json"))
            return TypedResults.Problem("'format' must be text or json.", statusCode: 400, title: "Bad export format");
        if (lang is not (null or "en" or "da"))
            return TypedResults.Problem("'lang' must be en or da.", statusCode: 400, title: "Bad export language");
        var outcome = await reporting.ExportAsync(id, s, ActorOf(user), ct);
        if (outcome.Kind != OutcomeKind.Ok)
            return Problem(outcome);
        var language = lang == "da" ? ReportLanguage.Danish : ReportLanguage.English;
        return format == "json"
            ? TypedResults.Text(outcome.Value!.RenderJson(language), "application/json; charset=utf-8")
            : TypedResults.Text(outcome.Value!.RenderText(language), "text/plain; charset=utf-8");
    }

    private static async Task<IResult> Submitted(string id, string stage, SubmitInput? input, ClaimsPrincipal user,
        IncidentReportingService reporting, TimeProvider time, CancellationToken ct)
    {
        if (!IncidentStageNames.TryParse(stage, out var s))
            return BadStage(stage);
        var outcome = await reporting.SubmitAsync(id, s, input?.SubmittedAt, ActorOf(user), ct);
        if (outcome.Value is not { } submission)
            return Problem(outcome);
        return TypedResults.Ok(new SubmissionView(s.UrlName(), submission.SubmittedAt, submission.ArtefactId,
            IncidentViews.Timeline(submission.Incident, time.GetUtcNow())));
    }

    private static ProblemHttpResult BadStage(string stage) =>
        TypedResults.Problem($"Unknown stage '{stage}'; use {IncidentStageNames.Expected}.", statusCode: 400, title: "Unknown stage");

    private static IResult Problem<T>(IncidentOutcome<T> outcome) => outcome.Kind switch
    {
        OutcomeKind.NotFound => TypedResults.NotFound(),
        OutcomeKind.Conflict => TypedResults.Problem(outcome.Error, statusCode: 409, title: "Not possible for this incident now"),
        _ => TypedResults.Problem(outcome.Error, statusCode: 400, title: "Invalid incident input"),
    };
}
