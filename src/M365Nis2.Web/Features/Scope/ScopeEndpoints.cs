using System.Security.Claims;
using M365Nis2.Domain.Scope;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Features.Scope;

/// <summary>
/// Scope and registration API. The CISO answers and edits; the board reads (it approves the classification);
/// employees have no business here.
/// </summary>
public static class ScopeEndpoints
{
    public static WebApplication MapScopeEndpoints(this WebApplication app)
    {
        var scope = app.MapGroup("/api/scope");
        scope.MapGet("", GetScope).RequireAuthorization(AuthPolicies.BoardOrCiso);
        scope.MapPut("", PutScope).RequireAuthorization(AuthPolicies.Ciso);
        scope.MapGet("/history", async (ScopeService s, CancellationToken ct) => TypedResults.Ok((await s.HistoryAsync(ct)).Select(ScopeViews.Version)))
            .RequireAuthorization(AuthPolicies.BoardOrCiso);
        scope.MapPost("/approval", RequestApproval).RequireAuthorization(AuthPolicies.Ciso);
        scope.MapGet("/catalogue", (ScopeService s) => TypedResults.Ok(ScopeViews.Catalogue(s.Catalogue))).RequireAuthorization(AuthPolicies.BoardOrCiso);

        var registration = app.MapGroup("/api/registration");
        registration.MapGet("", GetRegistration).RequireAuthorization(AuthPolicies.BoardOrCiso);
        registration.MapPut("", PutRegistration).RequireAuthorization(AuthPolicies.Ciso);
        registration.MapGet("/history", async (RegistrationService s, CancellationToken ct) => TypedResults.Ok((await s.HistoryAsync(ct)).Select(ScopeViews.Version)))
            .RequireAuthorization(AuthPolicies.BoardOrCiso);
        registration.MapPost("/submitted", Submitted).RequireAuthorization(AuthPolicies.Ciso);
        registration.MapGet("/drift", async (RegistrationDriftCheck d, CancellationToken ct) => TypedResults.Ok(await d.CheckAsync(ct)))
            .RequireAuthorization(AuthPolicies.Ciso);
        return app;
    }

    private static ScopeActor ActorOf(ClaimsPrincipal user) => new(user.ObjectId(), user.DisplayName());

    private static async Task<IResult> GetScope(ScopeService scope, CancellationToken ct) =>
        await scope.CurrentAsync(ct) is { } view ? TypedResults.Ok(view) : TypedResults.NoContent();

    private static async Task<IResult> PutScope(ScopeInput? input, ClaimsPrincipal user, ScopeService scope, CancellationToken ct)
    {
        if (input is null) return Invalid(new() { ["body"] = ["The scope answers are required."] });
        var (answers, errors) = input.ToAnswers(scope.Catalogue);
        if (answers is null) return Invalid(errors);
        return TypedResults.Ok(await scope.SaveAsync(input, answers, ActorOf(user), ct));
    }

    private static async Task<IResult> RequestApproval(ClaimsPrincipal user, ScopeApprovalService approvals, CancellationToken ct)
    {
        var (view, problems, conflict) = await approvals.RequestAsync(ActorOf(user), ct);
        return view is not null
            ? TypedResults.Ok(view)
            : CodedProblems.List(problems, conflict ? ScopeInputTexts.CannotSendNow.With() : ScopeInputTexts.RoundNotStarted.With(), conflict);
    }

    private static async Task<IResult> GetRegistration(RegistrationService registration, CancellationToken ct) =>
        await registration.CurrentAsync(ct) is { } view ? TypedResults.Ok(view) : TypedResults.NoContent();

    private static async Task<IResult> PutRegistration(RegistrationRecord? record, ClaimsPrincipal user, RegistrationService registration, CancellationToken ct)
    {
        if (record is null) return Invalid(new() { ["body"] = ["The registration record is required."] });
        var normalised = Normalised(record);
        var errors = RegistrationRules.Validate(normalised);
        if (errors.Count > 0)
            return Invalid(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        return TypedResults.Ok(await registration.SaveAsync(normalised, ActorOf(user), ct));
    }

    private static async Task<IResult> Submitted(SubmittedInput? input, ClaimsPrincipal user, RegistrationService registration, TimeProvider time,
        CancellationToken ct)
    {
        if (input?.SubmittedAt is { } at && at > time.GetUtcNow().AddMinutes(5))
            return Invalid(new() { ["submittedAt"] = ["The submission time cannot be in the future."] });
        return await registration.MarkSubmittedAsync(input?.SubmittedAt, ActorOf(user), ct) is { } view
            ? TypedResults.Ok(view)
            : TypedResults.Problem("Save a registration record before marking it submitted.", statusCode: 409, title: "No registration record");
    }

    /// <summary>JSON nulls for lists become empty lists, so validation names the field instead of failing on null.</summary>
    private static RegistrationRecord Normalised(RegistrationRecord r) => r with
    {
        LegalName = r.LegalName ?? "", Cvr = r.Cvr ?? "", Address = r.Address ?? "", Email = r.Email ?? "", Phone = r.Phone ?? "",
        Authority = r.Authority ?? "", Contacts = r.Contacts ?? [], PublicIpRanges = r.PublicIpRanges ?? [], EntityTypeIds = r.EntityTypeIds ?? [],
        MemberStates = r.MemberStates ?? [],
    };

    private static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid(Dictionary<string, string[]> errors) => TypedResults.ValidationProblem(errors);
}

public sealed record SubmittedInput(DateTimeOffset? SubmittedAt);
