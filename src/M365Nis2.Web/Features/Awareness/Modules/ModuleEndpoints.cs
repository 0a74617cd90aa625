using M365Nis2.Domain.Training.Authoring;
using M365Nis2.Web.Infrastructure.Auth;
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

    private static async Task<Results<Ok<ModuleDetail>, NotFound, ValidationProblem, ProblemHttpResult>> SaveDraftAsync(string id, ModuleRequest request,
        ModuleAuthoring modules, HttpContext http, CancellationToken ct) =>
        Map(await modules.SaveDraftAsync(id, request, http.User.ObjectId() ?? "unknown", ct), "The draft was not saved");

    private static async Task<Results<Ok<ModuleDetail>, NotFound, ValidationProblem, ProblemHttpResult>> PublishAsync(string id, PublishModuleRequest request,
        ModuleAuthoring modules, HttpContext http, CancellationToken ct)
    {
        if (request.Version is not { } version)
            return Invalid([new("version", "version is required: the draft version you previewed.")], "Not published");
        return Map(await modules.PublishAsync(id, version, http.User.ObjectId() ?? "unknown", ct), "Not published");
    }

    private static Results<Ok<ModuleDetail>, NotFound, ValidationProblem, ProblemHttpResult> Map(AuthoringResult result, string title) => result switch
    {
        { NotFound: true } => TypedResults.NotFound(),
        { Detail: { } d } => TypedResults.Ok(d),
        { Conflict: { } c } => TypedResults.Problem(c, statusCode: 409, title: title),
        _ => Invalid(result.Problems, title),
    };

    private static ValidationProblem Invalid(IReadOnlyList<ModuleProblem> problems, string title) =>
        TypedResults.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()), title: title);
}
