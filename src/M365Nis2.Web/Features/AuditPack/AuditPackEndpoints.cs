using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.AuditPack;

public static class AuditPackEndpoints
{
    /// <summary><c>GET /api/audit-pack</c> (CISO): the ZIP, streamed from a self-deleting temp file.</summary>
    public static WebApplication MapAuditPack(this WebApplication app)
    {
        app.MapGet("/api/audit-pack", async (AuditPackBuilder builder, TimeProvider time, HttpContext http, CancellationToken ct) =>
        {
            if (await builder.TryBuildAsync(ct) is not { } zip)
            {
                http.Response.Headers.RetryAfter = "30";
                return Results.Problem("An audit pack is being built on this instance; try again in a moment.",
                    statusCode: StatusCodes.Status429TooManyRequests, title: "Audit pack in progress");
            }
            var name = $"m365nis2-audit-pack-{time.GetUtcNow():yyyyMMdd-HHmmss}.zip";
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return TypedResults.Stream(zip, "application/zip", name);
        }).RequireAuthorization(AuthPolicies.Ciso);
        return app;
    }
}
