using System.Globalization;
using System.Security.Claims;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.Extensions.Options;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>Assessment routes: the CISO sends one to the owner; the CISO or the owner uploads the supplier's report.</summary>
public static class SupplierAssessmentEndpoints
{
    public static RouteGroupBuilder MapSupplierAssessmentEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/{id}/assessments", Send).RequireAuthorization(AuthPolicies.Ciso);
        api.MapPost("/{id}/assessments/{assessmentId}/report", UploadReport).RequireAuthorization(AuthPolicies.Member).DisableAntiforgery();
        return api;
    }

    private static async Task<IResult> Send(string id, ClaimsPrincipal user, AssessmentService assessments, CancellationToken ct)
    {
        var (assessment, error, status) = await assessments.SendAsync(id, SupplierEndpoints.ViewerOf(user), ct);
        return status switch
        {
            404 => TypedResults.NotFound(),
            400 or 409 => TypedResults.Problem(error, statusCode: status, title: status == 409 ? "Assessment already waiting" : "No owner"),
            _ => TypedResults.Created($"/api/suppliers/{id}", new
            {
                id = assessment!.Id,
                status = SupplierViews.Key(assessment.Status),
                dueOn = assessment.DueOn,
                language = assessment.Language,
                deliveryProblem = assessment.DeliveryProblem,
                deliveryProblemDa = assessment.DeliveryProblemDa,
            }),
        };
    }

    /// <summary>The supplier's report or certificate, stored signed in the vault and linked to the assessment.</summary>
    private static async Task<IResult> UploadReport(string id, string assessmentId, HttpRequest request, ClaimsPrincipal user, SupplierService suppliers,
        SupplierStore store, IEvidenceVault vault, IOptions<SuppliersOptions> options, CancellationToken ct)
    {
        var viewer = SupplierEndpoints.ViewerOf(user);
        // Only the CISO and the supplier's own owner upload; the board reads.
        if (await suppliers.FindVisibleAsync(id, viewer, ct) is not { } supplier || (!viewer.IsCiso && supplier.Value.Owner?.ObjectId != viewer.ObjectId))
            return viewer.IsBoard ? TypedResults.Forbid() : TypedResults.NotFound();
        if (!request.HasFormContentType)
            return CodedProblems.Of(RequestTexts.ReportMultipart.With(), 400, RequestTexts.NoFileTitle.With());
        var form = await request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
            return CodedProblems.Of(RequestTexts.AttachReport.With(), 400, RequestTexts.NoFileTitle.With());
        if (file.Length > options.Value.MaxReportBytes)
            return CodedProblems.Of(RequestTexts.LargerThanMb.With(options.Value.MaxReportBytes / 1_000_000), 413, RequestTexts.FileTooLargeTitle.With());
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var name = Path.GetFileName(file.FileName);
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await store.FindAssessmentAsync(id, assessmentId, ct) is not { } row)
                return TypedResults.NotFound();
            var receipt = await vault.PutAsync(buffer.ToArray(), string.IsNullOrEmpty(file.ContentType) ? "application/octet-stream" : file.ContentType,
                "supplier.report", [SupplyChainRule.ControlId], new Dictionary<string, string>
                {
                    ["supplierId"] = id, ["assessmentId"] = assessmentId, ["fileName"] = name.Length > 200 ? name[..200] : name,
                    ["size"] = file.Length.ToString(CultureInfo.InvariantCulture),
                }, viewer.ObjectId, ct);
            var updated = row.Value with { ReportArtefactIds = [.. row.Value.ReportArtefactIds.Append(receipt.Id).Distinct()] };
            if (await store.TryReplaceAssessmentAsync(updated, row.ETag, ct))
                return TypedResults.Ok(new { artefactId = receipt.Id, fileName = name, reports = updated.ReportArtefactIds });
        }
        return TypedResults.Problem("The assessment changed while saving; please try again.", statusCode: 409, title: "Conflict");
    }
}
