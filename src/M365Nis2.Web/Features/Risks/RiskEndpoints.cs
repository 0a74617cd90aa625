using System.Security.Claims;
using M365Nis2.Domain.Risks;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Features.Risks;

/// <summary>Risk register, method, assessments and decisions over HTTP. The CISO edits; the board reads; employees get 403.</summary>
public static class RiskEndpoints
{
    public static WebApplication MapRiskEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/risks");
        api.MapGet("", async (RiskStatus s, CancellationToken ct) => TypedResults.Ok(RiskViewMapping.Register(await s.OverviewAsync(ct))))
            .RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapPost("", Create).RequireAuthorization(AuthPolicies.Ciso);
        api.MapGet("/method", async (RiskMethodService m, CancellationToken ct) => TypedResults.Ok(new
        {
            current = await m.CurrentAsync(ct),
            versions = await m.VersionsAsync(ct),
            presets = new { fourByFour = RiskMethod.Default, fiveByFive = RiskMethod.FiveByFive }, // starting points for the tab's form
        }))
            .RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapPut("/method", ReviseMethod).RequireAuthorization(AuthPolicies.Ciso);
        api.MapGet("/assessments", async (AssessmentService a, CancellationToken ct) => TypedResults.Ok(await a.ListAsync(ct)))
            .RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapPost("/assessments", StartAssessment).RequireAuthorization(AuthPolicies.Ciso);
        api.MapGet("/{id}", Get).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapPut("/{id}", Update).RequireAuthorization(AuthPolicies.Ciso);
        api.MapPost("/{id}/acceptance", RequestAcceptance).RequireAuthorization(AuthPolicies.Ciso);
        api.MapPost("/{id}/treatment-approval", RequestPlanApproval).RequireAuthorization(AuthPolicies.Ciso);
        return app;
    }

    private static async Task<Results<Created<StoredRisk>, ProblemHttpResult>> Create(RiskInput? body, ClaimsPrincipal user, RiskService risks, CancellationToken ct)
    {
        if (body is null)
            return CodedProblems.Invalid(RequestTexts.RiskBody.With());
        var result = await risks.CreateAsync(body, Actor(user), ct);
        return result.Risk is { } r ? TypedResults.Created($"/api/risks/{r.Risk.Id}", r) : Problems.Of(result);
    }

    private static async Task<Results<Ok<RiskDetailView>, NotFound>> Get(string id, RiskService risks, RiskStatus status, AssetService assets,
        TreatmentTaskOpener tasks, CancellationToken ct)
    {
        var overview = await status.OverviewAsync(ct);
        if (overview.Risks.FirstOrDefault(r => r.Stored.Risk.Id.Equals(id, StringComparison.OrdinalIgnoreCase)) is not { Stored: not null } found)
            return TypedResults.NotFound();
        var linked = (await assets.ListAsync(ct)).Where(a => found.Stored.Risk.AssetIds.Contains(a.Id)).ToList();
        return TypedResults.Ok(new RiskDetailView(RiskViewMapping.View(found.Stored, found.Posture, overview.Method),
            await risks.HistoryAsync(found.Stored.Risk.Id, ct), linked, await tasks.ListAsync(found.Stored, ct)));
    }

    private static async Task<Results<Ok<StoredRisk>, NotFound, ProblemHttpResult>> Update(string id, RiskInput? body, ClaimsPrincipal user, RiskService risks, CancellationToken ct)
    {
        if (body is null)
            return CodedProblems.Invalid(RequestTexts.RiskBody.With());
        var result = await risks.UpdateAsync(id, body, Actor(user), ct);
        return result.NotFound ? TypedResults.NotFound() : result.Risk is { } r ? TypedResults.Ok(r) : Problems.Of(result);
    }

    private static async Task<Results<Ok<StoredRisk>, NotFound, ProblemHttpResult>> RequestAcceptance(string id, AcceptanceInput? body, ClaimsPrincipal user,
        RiskDecisionService decisions, CancellationToken ct)
    {
        if (body is null)
            return CodedProblems.Invalid(RequestTexts.JsonBody.With("{justification, conditions, expiresOn, dueAt}"));
        var result = await decisions.RequestAcceptanceAsync(id, body, Actor(user), ct);
        return result.NotFound ? TypedResults.NotFound() : result.Risk is { } r ? TypedResults.Ok(r) : Problems.Of(result);
    }

    private static async Task<Results<Ok<StoredRisk>, NotFound, ProblemHttpResult>> RequestPlanApproval(string id, ClaimsPrincipal user,
        RiskDecisionService decisions, CancellationToken ct)
    {
        var result = await decisions.RequestPlanApprovalAsync(id, Actor(user), ct);
        return result.NotFound ? TypedResults.NotFound() : result.Risk is { } r ? TypedResults.Ok(r) : Problems.Of(result);
    }

    private static async Task<Results<Ok<StoredMethod>, ProblemHttpResult>> ReviseMethod(MethodInput? body, ClaimsPrincipal user, RiskMethodService methods, CancellationToken ct)
    {
        if (body is null)
            return CodedProblems.Invalid(RequestTexts.JsonBody.With("{likelihood, impact, appetiteThreshold, reviewPeriodMonths, maxAcceptanceMonths}"));
        var (saved, problems, conflict) = await methods.ReviseAsync(body, user.ObjectId(), ct);
        return saved is not null ? TypedResults.Ok(saved) : CodedProblems.List(problems, conflict);
    }

    private static async Task<Results<Created<AssessmentRecord>, ProblemHttpResult>> StartAssessment(ClaimsPrincipal user, AssessmentService assessments, CancellationToken ct)
    {
        var (record, problems, conflict) = await assessments.StartAsync(Actor(user), ct);
        return record is not null && problems.Count == 0
            ? TypedResults.Created($"/api/risks/assessments/{record.Number}", record)
            : CodedProblems.List(problems, conflict);
    }

    internal static Person Actor(ClaimsPrincipal user) => new(user.ObjectId(), user.DisplayName());
}

/// <summary>A refused risk write: every problem listed (400) or a conflict (409), in English and Danish (<see cref="CodedProblems.List"/>).</summary>
internal static class Problems
{
    public static ProblemHttpResult Of(RiskWrite result) => CodedProblems.List(result.Problems, result.Conflict);
}
