using M365Nis2.Domain.Texts;
using M365Nis2.Domain.Training.Authoring;
using M365Nis2.Web.Infrastructure.Auth;
using M365Nis2.Web.Platform;
using Microsoft.AspNetCore.Http.HttpResults;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>The CISO's module library: list, read, draft, preview, publish; and the choices a campaign may use.</summary>
public static class ModuleEndpoints
{
    public static WebApplication MapModuleEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/awareness/modules").RequireAuthorization(AuthPolicies.Ciso);
        api.MapGet("", async (ModuleAuthoring modules, CancellationToken ct) => TypedResults.Ok(await modules.ListAsync(ct)));
        api.MapGet("/{id}", GetAsync);
        api.MapGet("/{id}/versions/{version}", GetVersionAsync);
        api.MapPost("", CreateAsync);
        api.MapPut("/{id}/draft", SaveDraftAsync);
        api.MapPost("/{id}/publish", PublishAsync);
        api.MapDelete("/{id}/draft", DiscardDraftAsync);
        api.MapPost("/{id}/retire", (string id, ModuleChanges changes, HttpContext http, CancellationToken ct) => RetireAsync(id, true, changes, http, ct));
        api.MapPost("/{id}/restore", (string id, ModuleChanges changes, HttpContext http, CancellationToken ct) => RetireAsync(id, false, changes, http, ct));
        api.MapPost("/{id}/copy", CopyAsync);
        api.MapPost("/preview", (ModuleRequest request, ModuleAuthoring modules) => TypedResults.Ok(modules.Preview(request)));
        // Built-ins and every published module with its latest version, for the campaign and schedule forms.
        app.MapGet("/api/tab/awareness-modules", async (ModuleLibrary library, CancellationToken ct) => TypedResults.Ok(await library.ChoicesAsync(ct)))
            .RequireAuthorization(AuthPolicies.Ciso);
        return app;
    }

    private static async Task<Results<Ok<ModuleDetail>, NotFound>> GetAsync(string id, ModuleAuthoring modules, CancellationToken ct) =>
        await modules.GetAsync(id, null, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<Results<Ok<ModuleDetail>, NotFound, ValidationProblem>> GetVersionAsync(string id, string version, ModuleAuthoring modules,
        CancellationToken ct)
    {
        if (!int.TryParse(version, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["version must be a whole number, e.g. 2."] });
        return await modules.GetAsync(id, number, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();
    }

    private static async Task<Results<Created<ModuleDetail>, ValidationProblem, ProblemHttpResult>> CreateAsync(ModuleRequest request,
        ModuleAuthoring modules, HttpContext http, CancellationToken ct)
    {
        var result = await modules.CreateAsync(request, http.User.ObjectId() ?? "unknown", ct);
        return result switch
        {
            { Detail: { } d } => TypedResults.Created($"/api/awareness/modules/{d.Module.Id}", d),
            { Conflict: { } c } => TypedResults.Problem(c, statusCode: 409, title: "Not created"),
            _ => Invalid(result.Problems, "The module was not saved"),
        };
    }

    /// <summary>If-Match (optional for API clients; the tab always sends it) is the ETag of the version the editor opened.</summary>
    private static async Task<Results<Ok<ModuleDetail>, NotFound, ValidationProblem, ProblemHttpResult>> SaveDraftAsync(string id, ModuleRequest request,
        ModuleAuthoring modules, HttpContext http, CancellationToken ct) =>
        Map(await modules.SaveDraftAsync(id, request, http.User.ObjectId() ?? "unknown", IfMatch(http), ct), "The draft was not saved");

    private static async Task<Results<Ok<ModuleDetail>, NoContent, NotFound, ProblemHttpResult>> DiscardDraftAsync(string id,
        ModuleChanges changes, HttpContext http, CancellationToken ct)
    {
        var result = await changes.DiscardDraftAsync(id, IfMatch(http), http.User.ObjectId() ?? "unknown", ct);
        return result switch
        {
            { NotFound: true } => TypedResults.NotFound(),
            { Detail: { } d } => TypedResults.Ok(d),
            { Conflict: { } c } => CodedProblems.Of(c, result.ConflictText, 409, "The draft was not discarded"),
            _ => TypedResults.NoContent(), // nothing left (a module that was never published): it is gone
        };
    }

    private static async Task<Results<Ok<ModuleDetail>, NotFound, ValidationProblem, ProblemHttpResult>> RetireAsync(string id, bool retire,
        ModuleChanges changes, HttpContext http, CancellationToken ct) =>
        Map(await changes.SetRetiredAsync(id, retire, http.User.ObjectId() ?? "unknown", ct), retire ? "Not retired" : "Not offered again");

    private static async Task<Results<Created<ModuleDetail>, NotFound, ValidationProblem, ProblemHttpResult>> CopyAsync(string id, CopyModuleRequest? request,
        ModuleChanges changes, HttpContext http, CancellationToken ct)
    {
        var result = await changes.CopyAsync(id, request?.Version, http.User.ObjectId() ?? "unknown", ct);
        return result switch
        {
            { Detail: { } d } => TypedResults.Created($"/api/awareness/modules/{d.Module.Id}", d),
            { NotFound: true } => TypedResults.NotFound(),
            { Conflict: { } c } => CodedProblems.Of(c, result.ConflictText, 409, "Not copied"),
            _ => Invalid(result.Problems, "Not copied"),
        };
    }

    private static string? IfMatch(HttpContext http) => http.Request.Headers.IfMatch is { Count: > 0 } values ? values.ToString() : null;

    private static async Task<Results<Ok<ModuleDetail>, NotFound, ValidationProblem, ProblemHttpResult>> PublishAsync(string id, PublishModuleRequest request,
        ModuleAuthoring modules, HttpContext http, CancellationToken ct)
    {
        if (request.Version is not { } version)
            return Invalid([ModuleProblem.Of("version", ModuleInputTexts.VersionRequired.With())], "Not published");
        return Map(await modules.PublishAsync(id, version, http.User.ObjectId() ?? "unknown", ct), "Not published");
    }

    private static Results<Ok<ModuleDetail>, NotFound, ValidationProblem, ProblemHttpResult> Map(AuthoringResult result, string title) => result switch
    {
        { NotFound: true } => TypedResults.NotFound(),
        { Detail: { } d } => TypedResults.Ok(d),
        { Conflict: { } c } => CodedProblems.Of(c, result.ConflictText, 409, title),
        _ => Invalid(result.Problems, title),
    };

    private static ValidationProblem Invalid(IReadOnlyList<ModuleProblem> problems, string title) =>
        TypedResults.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()), title: title,
            extensions: new Dictionary<string, object?>
            {
                // The Danish twin per field for the tab's Danish reader; a problem without one (none today) keeps its English.
                ["errorsDa"] = problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.MessageDa ?? p.Message).ToArray()),
            });
}
