using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Training;

public sealed record RecordAttendanceRequest(string? CourseId, string? MemberObjectId);

public sealed record AttendanceRecorded(string CourseId, string MemberObjectId, string? CertificateArtefactId);

public static class TrainingEndpoints
{

    public static WebApplication MapTrainingEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/training");
        api.MapPost("/courses", AddCourseAsync).RequireAuthorization(AuthPolicies.Ciso);
        // Multipart (with an optional "certificate" file) or JSON; no browser form posts here, the tab sends a bearer token.
        api.MapPost("/attendance", RecordAttendanceAsync).RequireAuthorization(AuthPolicies.Ciso).DisableAntiforgery()
            .Accepts<RecordAttendanceRequest>("application/json", "multipart/form-data");
        api.MapGet("/courses", (TrainingService s, CancellationToken ct) => s.CoursesAsync(ct)).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapGet("/management", (TrainingService s, CancellationToken ct) => s.ManagementStatusAsync(ct)).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapPost("/snapshot", async (TrainingEvidence e, HttpContext http, CancellationToken ct) =>
            TypedResults.Ok(await e.SnapshotAsync(http.User.ObjectId() ?? "unknown", ct))).RequireAuthorization(AuthPolicies.Ciso);
        api.MapGet("/controls", (TrainingEvidence e, CancellationToken ct) => e.GetControlStatusAsync(ct)).RequireAuthorization(AuthPolicies.BoardOrCiso);
        return app;
    }

    private static ProblemHttpResult Bad(string detail) => TypedResults.Problem(detail, statusCode: 400, title: "Invalid training data");

    private static async Task<Results<Created<CourseView>, ProblemHttpResult>> AddCourseAsync(
        AddCourseRequest request, TrainingService training, HttpContext http, CancellationToken ct)
    {
        try
        {
            var course = await training.AddCourseAsync(request, http.User.ObjectId() ?? "unknown", ct);
            return TypedResults.Created($"/api/training/courses/{course.Id}", course);
        }
        catch (TrainingInputException e)
        {
            return Bad(e.Message);
        }
    }

    private static async Task<Results<Ok<AttendanceRecorded>, ProblemHttpResult>> RecordAttendanceAsync(
        HttpRequest request, TrainingService training, TrainingCertificates certificates, IOptions<TrainingOptions> options, CancellationToken ct)
    {
        string? courseId, memberId;
        IFormFile? certificate = null;
        if (request.HasFormContentType)
        {
            if (Platform.UploadLimit.Apply(request, options.Value.MaxCertificateBytes, "Training:MaxCertificateBytes") is { } tooLarge)
                return tooLarge;
            var form = await request.ReadFormAsync(ct);
            courseId = form["courseId"];
            memberId = form["memberObjectId"];
            certificate = form.Files.GetFile("certificate");
        }
        else
        {
            var body = await request.ReadFromJsonAsync<RecordAttendanceRequest>(ct);
            (courseId, memberId) = (body?.CourseId, body?.MemberObjectId);
        }
        var actor = request.HttpContext.User.ObjectId() ?? "unknown";
        try
        {
            var (course, member) = await training.ValidateAttendanceAsync(courseId, memberId, ct);
            var file = certificate is null ? default : await certificates.ReadAsync(certificate, ct);
            var artefactId = certificate is null ? null : await certificates.StoreAsync(file, course.RowKey, member.ObjectId, actor, ct);
            var row = await training.RecordAttendanceAsync(course, member, artefactId, actor, ct);
            return TypedResults.Ok(new AttendanceRecorded(course.RowKey, member.ObjectId, row.CertificateArtefactId));
        }
        catch (TrainingInputException e)
        {
            return Bad(e.Message);
        }
    }
}
