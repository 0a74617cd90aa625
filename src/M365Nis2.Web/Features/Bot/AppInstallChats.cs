using M365Nis2.Teams;
using M365Nis2.Teams.Conversations;
using M365Nis2.Web.Infrastructure.Graph;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models.ODataErrors;

namespace M365Nis2.Web.Features.Bot;

/// <summary>
/// For a person who has the app but no conversation stored here (409 "already installed"): the installation's chat
/// from Graph (GET /users/{id}/teamwork/installedApps/{installation}/chat, the docs' alternative to the install event),
/// stored as their 1:1 conversation on the tenant's connector, so the send can go.
/// </summary>
public sealed class AppInstallChats(
    GraphServiceClient graph,
    IGraphTenantInfo tenant,
    IConversationReferenceStore references,
    IOptions<BotOptions> bot,
    IOptions<GraphOptions> graphOptions,
    DemoGraphHost demo,
    TimeProvider time,
    ILogger<AppInstallChats> logger)
{
    public async Task<bool> AdoptAsync(string aadObjectId, string catalogAppId, CancellationToken ct)
    {
        var tenantId = bot.Value.TenantId ?? (tenant.IsDemo ? DemoDirectory.TenantId : null);
        if (tenantId is null)
        {
            return false;
        }
        try
        {
            var installs = await graph.Users[aadObjectId].Teamwork.InstalledApps.GetAsync(r =>
            {
                r.QueryParameters.Expand = ["teamsApp"];
                r.QueryParameters.Filter = $"teamsApp/id eq '{catalogAppId}'";
            }, ct);
            if (installs?.Value?.FirstOrDefault()?.Id is not { } installationId
                || (await graph.Users[aadObjectId].Teamwork.InstalledApps[installationId].Chat.GetAsync(cancellationToken: ct))?.Id is not { } chatId)
            {
                return false;
            }
            var known = await references.FindTenantAsync(tenantId, ct);
            var botId = known?.BotId ?? (bot.Value.AppId is { Length: > 0 } appId ? "28:" + appId : null);
            await references.SaveAsync(new ConversationReference
            {
                ServiceUrl = known?.ServiceUrl ?? DefaultServiceUrl(),
                ConversationId = chatId,
                ConversationType = "personal",
                TenantId = tenantId,
                BotId = botId,
                UserAadObjectId = aadObjectId,
                UpdatedAt = time.GetUtcNow(),
            }, ct);
            return true;
        }
        catch (ODataError e)
        {
            logger.LogWarning("The app is installed for {User}, but its chat could not be read: {Problem}", aadObjectId, GraphFailure.Describe(e));
            return false;
        }
    }

    /// <summary>Teams' default connector; in the demo tenant the demo's own (no real Teams is there to answer).</summary>
    private Uri DefaultServiceUrl() =>
        !tenant.IsDemo ? bot.Value.DefaultServiceUrl
        : graphOptions.Value.Demo.TeamsServiceUrl is { Length: > 0 } configured ? new Uri(configured) : demo.Server.TeamsServiceUrl;
}
