using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>The campaigns page: list, people (CISO and board: names), resend, recurring schedules (CISO).</summary>
public static class CampaignAdminEndpoints
{
    public static WebApplication MapCampaignAdminEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/awareness");
        api.MapGet("/campaigns", (CampaignAdmin admin, CancellationToken ct) => admin.ListAsync(ct)).RequireAuthorization(AuthPolicies.Ciso);
        api.MapGet("/campaigns/{id}/recipients", async Task<Results<Ok<IReadOnlyList<RecipientView>>, NotFound>> (string id, CampaignAdmin admin, CancellationToken ct) =>
            await admin.RecipientsAsync(id, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound()).RequireAuthorization(AuthPolicies.BoardOrCiso);
        api.MapPost("/campaigns/{id}/resend", async Task<Results<Ok<ResendResult>, NotFound>> (string id, CampaignAdmin admin, CancellationToken ct) =>
            await admin.ResendAsync(id, ct) is { } result ? TypedResults.Ok(result) : TypedResults.NotFound()).RequireAuthorization(AuthPolicies.Ciso);
        api.MapGet("/schedules", (CampaignSchedules s, CancellationToken ct) => s.ListAsync(ct)).RequireAuthorization(AuthPolicies.Ciso);
        api.MapPost("/schedules", CreateScheduleAsync).RequireAuthorization(AuthPolicies.Ciso);
        api.MapDelete("/schedules/{id}", async Task<Results<NoContent, NotFound>> (string id, CampaignSchedules s, CancellationToken ct) =>
            await s.DeleteAsync(id, ct) ? TypedResults.NoContent() : TypedResults.NotFound()).RequireAuthorization(AuthPolicies.Ciso);
        return app;
    }

    private static async Task<Results<Created<ScheduleView>, ProblemHttpResult>> CreateScheduleAsync(
        ScheduleRequest request, CampaignSchedules schedules, HttpContext http, CancellationToken ct)
    {
        try
        {
            var created = await schedules.CreateAsync(request, http.User.ObjectId() ?? "unknown", ct);
            return TypedResults.Created($"/api/awareness/schedules/{created.Id}", created);
        }
        catch (AudienceException e)
        {
            return TypedResults.Problem(e.Message, statusCode: 400, title: "Invalid schedule");
        }
    }
}
