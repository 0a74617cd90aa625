using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.AuditPack;

public static class AuditPackEndpoints
{
    /// <summary><c>GET /api/audit-pack</c> (CISO): the ZIP, streamed from a self-deleting temp file.</summary>
    public static WebApplication MapAuditPack(this WebApplication app)
    {
        app.MapGet("/api/audit-pack", async (AuditPackBuilder builder, TimeProvider time, CancellationToken ct) =>
        {
            var zip = await builder.BuildAsync(ct);
            var name = $"m365nis2-audit-pack-{time.GetUtcNow():yyyyMMdd-HHmmss}.zip";
            return TypedResults.Stream(zip, "application/zip", name);
        }).RequireAuthorization(AuthPolicies.Ciso);
        return app;
    }
}
