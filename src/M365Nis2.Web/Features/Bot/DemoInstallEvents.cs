using System.Text.Json;
using M365Nis2.Teams;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Infrastructure.Graph;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Bot;

/// <summary>
/// The demo tenant's side of proactive installation: after it installed the app for a demo user, the bot gets the
/// installationUpdate Teams would send, in Teams' shape (personal conversation, the user's 29: and Entra ids, tenant,
/// locale), through the same router the /api/messages endpoint uses after authentication. Routed in process rather
/// than posted: a bot with an app id would rightly refuse an unsigned post. The conversation lives on the demo's
/// connector (<c>Graph:Demo:TeamsServiceUrl</c>, by default the demo server's own Teams sink), so sends in the demo
/// reach every licensed member.
/// </summary>
public sealed class DemoInstallEvents(IServiceScopeFactory scopes, DemoGraphHost demo, IOptions<GraphOptions> graph, IOptions<BotOptions> bot,
    ILogger<DemoInstallEvents> logger) : IDemoTeamsEvents
{
    public async Task AppInstalledAsync(DemoUser user, CancellationToken ct)
    {
        var serviceUrl = graph.Value.Demo.TeamsServiceUrl ?? demo.Server.TeamsServiceUrl.ToString();
        var tenantId = bot.Value.TenantId ?? DemoDirectory.TenantId;
        var activity = new Activity
        {
            Type = ActivityTypes.InstallationUpdate,
            Action = "add",
            Id = "f:demo-install-" + user.Id,
            Timestamp = DateTimeOffset.UtcNow,
            ServiceUrl = serviceUrl,
            ChannelId = "msteams",
            From = new ChannelAccount { Id = PlaygroundConfig.UserId(user), Name = user.DisplayName, AadObjectId = user.Id },
            Recipient = new ChannelAccount { Id = "28:" + (bot.Value.AppId is { Length: > 0 } appId ? appId : "m365nis2-demo-bot"), Name = "M365Nis2" },
            Conversation = new ConversationAccount { Id = "a:1personal-" + user.Id, ConversationType = "personal", TenantId = tenantId },
            Locale = user.PreferredLanguage,
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }),
        };
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<ActivityRouter>().RouteAsync(activity, ct);
        }
        catch (Exception e) when (e is HttpRequestException or M365Nis2.Teams.Connector.ConnectorException)
        {
            // The welcome card could not go out; the reference is stored before it, so the campaign's send still can.
            logger.LogWarning(e, "Demo installation event for {User}: the welcome could not be sent", user.Id);
        }
    }
}
