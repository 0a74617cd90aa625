using System.Security.Claims;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace M365Nis2.Web.Features.Tab;

/// <summary>
/// The tab's own JSON API. Reading control status: board and CISO (the board approves and oversees the measures);
/// uploading evidence: CISO. Bearer or dev-user header only (no cookies), so no antiforgery token is needed.
/// </summary>
public static class TabEndpoints
{
    public static WebApplication MapTabEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/tab/controls", ListControls).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/tab/controls/{id}", GetControl).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapPost("/controls/{id}/evidence", UploadEvidence)
            .RequireAuthorization(AuthPolicies.Ciso)
            .DisableAntiforgery();
        return app;
    }

    private static async Task<Ok<IReadOnlyList<ControlEvidenceSummary>>> ListControls(ControlOverview overview, CancellationToken ct) =>
        TypedResults.Ok(await overview.ListAsync(ct));

    private static async Task<Results<Ok<ControlEvidenceDetail>, NotFound>> GetControl(string id, ControlOverview overview, CancellationToken ct) =>
        await overview.GetAsync(id, ct) is { } detail ? TypedResults.Ok(detail) : TypedResults.NotFound();

    private static async Task<Results<Created<ManualEvidenceUpload.Result>, NotFound, ValidationProblem, ProblemHttpResult>> UploadEvidence(
        string id, HttpRequest request, ClaimsPrincipal user, ManualEvidenceUpload upload, CancellationToken ct)
    {
        if (ControlOverview.Catalogue.Find(id) is not { } control)
        {
            return TypedResults.NotFound();
        }
        if (!request.HasFormContentType)
        {
            return TypedResults.Problem("Send multipart/form-data with the fields document, note and validUntil.", statusCode: 400, title: "Expected a form");
        }
        if (Platform.UploadLimit.Apply(request, ManualEvidenceUpload.MaxBytes, "10 MB") is { } tooLarge)
        {
            return tooLarge;
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception ex) when (Platform.UploadLimit.IsTooLarge(ex))
        {
            return Platform.UploadLimit.TooLarge(ManualEvidenceUpload.MaxBytes, "10 MB");
        }
        catch (InvalidDataException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: 400, title: "Malformed form");
        }
        var (stored, errors) = await upload.StoreAsync(control.Id, form.Files.GetFile("document"), form["note"], form["validUntil"], user, ct);
        return stored is null
            ? TypedResults.ValidationProblem(errors, title: "The evidence was not stored")
            : TypedResults.Created($"/api/tab/controls/{control.Id}", stored);
    }
}
