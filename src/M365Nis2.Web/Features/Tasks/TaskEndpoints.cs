using System.Security.Claims;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace M365Nis2.Web.Features.Tasks;

/// <summary>
/// Tasks over HTTP. Reading: every member, but only the CISO and the board see other people's tasks (they can name people
/// and findings). Opening by hand and cancelling/reopening/reassigning: the CISO (checked in the domain). Completing,
/// commenting, asking for more time, adding files: the owner or the CISO.
/// </summary>
public static class TaskEndpoints
{
    public static WebApplication MapTaskEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/tasks");
        api.MapGet("", async (ClaimsPrincipal user, TaskService tasks, CancellationToken ct) =>
            TypedResults.Ok(await tasks.ListAsync(Caller(user), CanSeeAll(user), ct))).RequireAuthorization(AuthPolicies.Member);
        api.MapGet("/deviations", async (TaskService tasks, CancellationToken ct) => TypedResults.Ok(await tasks.DeviationsAsync(ct)))
            .RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapPost("", Create).RequireAuthorization(AuthPolicies.Ciso);
        api.MapGet("/{id}", Get).RequireAuthorization(AuthPolicies.Member);
        api.MapPut("/{id}", Change).RequireAuthorization(AuthPolicies.Member);
        api.MapPost("/{id}/files", Attach).RequireAuthorization(AuthPolicies.Member).DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(TaskRecords.MaxFileBytes + 64 * 1024));
        app.MapGet("/api/wheel", async (int? year, WheelScheduler wheel, TimeProvider time, CancellationToken ct) =>
            year is < 2000 or > 2100
                ? Results.Problem("year must be between 2000 and 2100.", statusCode: 400)
                : Results.Ok(await wheel.YearAsync(year ?? time.GetUtcNow().Year, ct))).RequireAuthorization(AuthPolicies.BoardOrCiso);
        // Outlook subscribes without signing in: the token in the link is the credential (revocable, stored hashed).
        app.MapGet("/api/wheel/{file}", Feed).AllowAnonymous();
        // The tab names its language (?lang=da); the link keeps it, so the calendar reads as the app does for this user.
        app.MapPost("/api/wheel/feed", async (string? lang, ClaimsPrincipal user, HttpRequest request, CalendarFeed feed, CancellationToken ct) =>
        {
            var token = await feed.IssueAsync(user.ObjectId(), ct);
            var language = TextLanguage.IsDanish(lang) ? "&lang=" + TextLanguage.Danish : "";
            return TypedResults.Ok(new { url = $"{request.Scheme}://{request.Host}/api/wheel/{user.ObjectId()}.ics?token={token}{language}" });
        }).RequireAuthorization(AuthPolicies.Member);
        app.MapDelete("/api/wheel/feed", async (ClaimsPrincipal user, CalendarFeed feed, CancellationToken ct) =>
        {
            await feed.RevokeAsync(user.ObjectId(), ct);
            return TypedResults.NoContent();
        }).RequireAuthorization(AuthPolicies.Member);
        return app;
    }

    private static async Task<IResult> Feed(string file, string? token, string? lang, CalendarFeed feed, CancellationToken ct)
    {
        if (!file.EndsWith(".ics", StringComparison.Ordinal))
        {
            return TypedResults.NotFound();
        }
        var user = file[..^4];
        // The same 404 for an unknown user, a wrong token and a revoked link: nothing to probe.
        return await feed.IsValidAsync(user, token, ct)
            ? TypedResults.Text(await feed.RenderAsync(user, lang, ct), "text/calendar; charset=utf-8")
            : TypedResults.NotFound();
    }

    public static TaskCaller Caller(ClaimsPrincipal user) => new(user.ObjectId(), user.DisplayName(), user.IsCiso());

    private static bool CanSeeAll(ClaimsPrincipal user) => user.IsCiso() || user.IsBoardMember();

    private static async Task<Results<Created<TaskView>, Ok<TaskView>, ProblemHttpResult>> Create(NewTaskRequest? body, ClaimsPrincipal user,
        TaskService tasks, CancellationToken ct)
    {
        if (body is null)
        {
            return CodedProblems.Invalid(RequestTexts.JsonBody.With("{title, ownerUpn | ownerId, dueDate, measures, description, idempotencyKey}"));
        }
        var (task, created, problems) = await tasks.CreateAsync(body, Caller(user), ct);
        if (task is null)
        {
            return Problem(problems);
        }
        return created ? TypedResults.Created($"/api/tasks/{task.Id}", task) : TypedResults.Ok(task);
    }

    private static async Task<Results<Ok<TaskDetail>, NotFound>> Get(string id, ClaimsPrincipal user, TaskService tasks, CancellationToken ct) =>
        await tasks.GetAsync(id, Caller(user), CanSeeAll(user), ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<Results<Ok<TaskView>, NotFound, ProblemHttpResult>> Change(string id, TaskChangeRequest? body, ClaimsPrincipal user,
        TaskService tasks, CancellationToken ct)
    {
        if (body is null)
        {
            return CodedProblems.Invalid(RequestTexts.JsonBody.With("{action, comment, dueDate, reason, grant, ownerUpn | ownerId}"));
        }
        if (TaskService.ShapeProblem(body) is { } shape)
        {
            return Problem([shape]);
        }
        if (!await CanTouchAsync(id, user, tasks, ct))
        {
            return TypedResults.NotFound();
        }
        var (outcome, problem) = await tasks.ChangeAsync(id, body, Caller(user), ct);
        return outcome switch
        {
            null => Problem([problem!]),
            { NotFound: true } => TypedResults.NotFound(),
            { Refusal: { } refusal } => CodedProblems.Of(refusal, outcome.Why, StatusCodes.Status409Conflict, "Refused"),
            _ => TypedResults.Ok(tasks.View(outcome.Row!)),
        };
    }

    private static async Task<Results<Created<TaskView>, NotFound, ProblemHttpResult>> Attach(string id, HttpRequest request, ClaimsPrincipal user,
        TaskService tasks, TaskRecords records, CancellationToken ct)
    {
        if (!await CanTouchAsync(id, user, tasks, ct))
        {
            return TypedResults.NotFound();
        }
        if (!request.HasFormContentType)
        {
            return Problem(["Send multipart/form-data with a 'file' part."]);
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return Problem([$"The form could not be read: {e.Message}"]);
        }
        if (form.Files.GetFile("file") is not { } file)
        {
            return Problem(["The 'file' part is missing."]);
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var (outcome, artefactId) = await records.AttachAsync(id, Caller(user), file.FileName, buffer.ToArray(), ct);
        return outcome switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Refusal: { } refusal } => CodedProblems.Of(refusal, outcome.Why, StatusCodes.Status400BadRequest, "Invalid request"),
            _ => TypedResults.Created($"/api/artefacts/{artefactId}", tasks.View(outcome.Row!)),
        };
    }

    /// <summary>Someone else's task is "not found" for a caller who may not see it, so ids cannot be probed.</summary>
    private static async Task<bool> CanTouchAsync(string id, ClaimsPrincipal user, TaskService tasks, CancellationToken ct) =>
        await tasks.GetAsync(id, Caller(user), CanSeeAll(user), ct) is not null;

    private static ProblemHttpResult Problem(IReadOnlyList<string> problems, int status = StatusCodes.Status400BadRequest) =>
        TypedResults.Problem(string.Join(" ", problems), statusCode: status, title: status == StatusCodes.Status409Conflict ? "Refused" : "Invalid request",
            extensions: new Dictionary<string, object?> { ["problems"] = problems });
}
