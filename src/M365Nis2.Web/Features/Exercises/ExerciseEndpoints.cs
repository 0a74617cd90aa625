using System.Security.Claims;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Exercises;

/// <summary>Exercises over HTTP: the CISO records, the CISO and the board read (participants are named).</summary>
public static class ExerciseEndpoints
{
    public static WebApplication MapExerciseEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/exercises");
        api.MapGet("", async (ExerciseService exercises, CancellationToken ct) => TypedResults.Ok(await exercises.ListAsync(ct)))
            .RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/{id}", async Task<Results<Ok<ExerciseView>, NotFound>> (string id, ExerciseService exercises, CancellationToken ct) =>
            await exercises.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound()).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapPost("", Record).RequireAuthorization(AuthPolicies.Ciso);
        return app;
    }

    private static async Task<Results<Created<ExerciseView>, Ok<ExerciseView>, ProblemHttpResult>> Record(NewExerciseRequest? body, ClaimsPrincipal user,
        ExerciseService exercises, CancellationToken ct)
    {
        if (body is null)
        {
            return Platform.CodedProblems.Invalid(RequestTexts.JsonBody.With("{kind, title, scenario, heldOn, participants, outcome, outcomeNotes, lessons, idempotencyKey}"));
        }
        var (view, created, problems) = await exercises.RecordAsync(body, user.ObjectId(), user.DisplayName(), ct);
        if (view is null)
        {
            return Problem(problems);
        }
        return created ? TypedResults.Created($"/api/exercises/{view.Id}", view) : TypedResults.Ok(view);
    }

    private static ProblemHttpResult Problem(IReadOnlyList<string> problems) =>
        TypedResults.Problem(string.Join(" ", problems), statusCode: StatusCodes.Status400BadRequest, title: "Invalid request",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });
}
