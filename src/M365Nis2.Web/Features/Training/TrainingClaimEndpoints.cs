using System.Globalization;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Training;

/// <summary>Self-reported board training: a member reports (multipart, certificate required), the CISO decides.</summary>
public static class TrainingClaimEndpoints
{
    public static WebApplication MapTrainingClaimEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/training/claims");
        // The tab sends a bearer token (or X-Requested-With under the cookie), never a browser form post. No Accepts():
        // its content-type constraint answers 415 in routing, before authorisation, so a caller without the role would
        // learn the route's shape; the handler checks the form itself.
        api.MapPost("", SubmitAsync).RequireAuthorization(AuthPolicies.BoardOrCiso).DisableAntiforgery();
        api.MapGet("", (TrainingClaimService claims, HttpContext http, CancellationToken ct) =>
            claims.ListAsync(http.User.ObjectId() ?? "", http.User.HasClaim(AppClaims.Role, AppRoles.Ciso), ct)).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapPost("/{id}/decision", DecideAsync).RequireAuthorization(AuthPolicies.Ciso);
        return app;
    }

    private static ProblemHttpResult Bad(string detail) => TypedResults.Problem(detail, statusCode: 400, title: "Invalid training data");

    private static async Task<Results<Created<ClaimView>, ProblemHttpResult>> SubmitAsync(
        HttpRequest request, TrainingClaimService claims, IOptions<TrainingOptions> options, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return TypedResults.Problem("Send multipart/form-data with courseId (or title, provider, date, hours) and the certificate file.",
                statusCode: 415, title: "Unsupported media type");
        if (Platform.UploadLimit.Apply(request, options.Value.MaxCertificateBytes, "Training:MaxCertificateBytes") is { } tooLarge)
            return tooLarge;
        var form = await request.ReadFormAsync(ct);
        DateOnly? date = null;
        decimal? hours = null;
        if (!string.IsNullOrWhiteSpace(form["date"]))
        {
            if (!DateOnly.TryParseExact(form["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                return Bad("date must be a date (yyyy-MM-dd).");
            date = d;
        }
        if (!string.IsNullOrWhiteSpace(form["hours"]))
        {
            if (!decimal.TryParse(form["hours"], NumberStyles.Number, CultureInfo.InvariantCulture, out var h))
                return Bad("hours must be a number (for example 1.5).");
            hours = h;
        }
        var report = new SelfReport(form["courseId"], form["title"], form["provider"], date, hours);
        try
        {
            var claim = await claims.SubmitAsync(request.HttpContext.User.ObjectId() ?? "", report, form.Files.GetFile("certificate"), ct);
            return TypedResults.Created($"/api/training/claims/{claim.Id}", claim);
        }
        catch (TrainingInputException e)
        {
            return Bad(e.Message);
        }
    }

    private static async Task<Results<Ok<ClaimView>, NotFound, ProblemHttpResult>> DecideAsync(
        string id, ClaimDecisionRequest request, TrainingClaimService claims, HttpContext http, CancellationToken ct)
    {
        try
        {
            return await claims.DecideAsync(id, request, http.User.ObjectId() ?? "unknown", ct) is { } claim ? TypedResults.Ok(claim) : TypedResults.NotFound();
        }
        catch (TrainingInputException e)
        {
            return Bad(e.Message);
        }
        catch (ClaimConflictException e)
        {
            return TypedResults.Problem(e.Message, statusCode: 409, title: "Already decided");
        }
    }
}
