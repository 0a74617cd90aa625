using M365Nis2.Domain.Training.Modules;
using M365Nis2.Web.Infrastructure.Auth;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>One module assigned to the caller, with their own result (no one else's).</summary>
public sealed record MyModule(string CampaignId, string ModuleId, string Title, string TitleDa, string State, DateTimeOffset? PromptedAt,
    DateTimeOffset? CompletedAt, double? Score, bool? Passed);

/// <summary>"My modules and results": every campaign row of the caller, for the Training page of any member.</summary>
public static class MyAwareness
{
    public static WebApplication MapMyAwareness(this WebApplication app)
    {
        app.MapGet("/api/awareness/mine", async (CampaignStore store, HttpContext http, CancellationToken ct) =>
            (await store.RowsOfUserAsync(http.User.ObjectId() ?? "", ct))
                .OrderByDescending(r => r.PromptedAt ?? DateTimeOffset.MinValue)
                .Select(r => new MyModule(r.CampaignId, r.ModuleId, AwarenessModules.Find(r.ModuleId, "en")?.Title ?? r.ModuleId,
                    AwarenessModules.Find(r.ModuleId, "da")?.Title ?? r.ModuleId, r.State, r.PromptedAt, r.CompletedAt, r.Score, r.Passed))
                .ToList()).RequireAuthorization(AuthPolicies.Member);
        return app;
    }
}
