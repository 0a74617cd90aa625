using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace M365Nis2.Web.Features.Awareness;

public static class AwarenessEndpoints
{
    public static WebApplication MapAwarenessEndpoints(this WebApplication app)
    {
        var api = app.MapGroup("/api/awareness").RequireAuthorization(AuthPolicies.Ciso);
        api.MapPost("/campaigns", LaunchAsync);
        api.MapGet("/campaigns/{id}", GetAsync);
        return app;
    }

    private static async Task<Results<Created<CampaignCreated>, ProblemHttpResult>> LaunchAsync(
        LaunchCampaignRequest request, CampaignService campaigns, HttpContext http, CancellationToken ct)
    {
        try
        {
            var created = await campaigns.LaunchAsync(request, http.User.ObjectId() ?? "unknown", ct);
            return TypedResults.Created($"/api/awareness/campaigns/{created.CampaignId}", created);
        }
        catch (AudienceException e)
        {
            return TypedResults.Problem(e.Message, statusCode: 400, title: "Invalid campaign");
        }
    }

    private static async Task<Results<Ok<CampaignStatus>, NotFound>> GetAsync(string id, CampaignService campaigns, CancellationToken ct) =>
        await campaigns.StatusAsync(id, ct) is { } status ? TypedResults.Ok(status) : TypedResults.NotFound();
}
