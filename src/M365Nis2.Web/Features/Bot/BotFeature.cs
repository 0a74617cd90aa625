using Azure.Core;
using Azure.Identity;
using M365Nis2.Teams;
using M365Nis2.Teams.Auth;
using M365Nis2.Teams.Conversations;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Infrastructure.Storage;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Features.Bot;

public static class BotFeature
{
    /// <summary>
    /// The Teams bot: the protocol from M365Nis2.Teams (inbound auth, routing, outbound connector, proactive sends) with
    /// this host's parts: the connector credential, the Table store of conversation references, proactive installation
    /// through Graph (and its demo-tenant events), and the help/welcome cards.
    /// </summary>
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCachedLocalization();
        services.AddTeamsProtocol(Credential);
        services.AddSingleton<IConversationReferenceStore, TableConversationReferenceStore>();
        // Reach everyone: a person without the app gets it installed through Graph, once across instances.
        services.AddOptions<AppInstallOptions>().BindConfiguration(AppInstallOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AppInstallStore>();
        services.AddSingleton<TeamsCatalogApp>();
        services.AddSingleton<AppInstallChats>();
        services.AddSingleton<GraphAppInstaller>();
        services.AddSingleton<IPersonalAppInstaller>(sp => sp.GetRequiredService<GraphAppInstaller>());
        services.AddSingleton<IDemoTeamsEvents, DemoInstallEvents>();
        // Notices to someone the app is being installed for are kept and sent once the installation is due.
        services.AddSingleton<WaitingNotices>();
        services.AddSingleton<NoticeSender>();
        services.AddSingleton<INotices>(sp => sp.GetRequiredService<NoticeSender>());
        services.AddHostedService<NoticeRetryJob>();
        services.AddScoped<BotHelp>();
        services.AddScoped<IBotHelp>(sp => sp.GetRequiredService<BotHelp>());
        services.AddScoped<BotCards>();
        services.AddCardSamples<BotCardSamples>();
        return builder;
    }

    public static WebApplication MapBot(this WebApplication app)
    {
        // A lambda, not the method group: the route-handler analyzer cannot read a handler from another assembly.
        app.MapPost("/api/messages", (HttpRequest request, BotRequestAuthenticator authenticator, ActivityRouter router,
            Microsoft.Extensions.Options.IOptions<BotOptions> options, ILoggerFactory loggers, CancellationToken ct) =>
                BotEndpoint.HandleAsync(request, authenticator, router, options, loggers, ct)).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    private static TokenCredential? Credential(BotOptions o)
    {
        if (o.IsLocalMode)
        {
            return null; // local playground: no token
        }
        return string.IsNullOrWhiteSpace(o.AppSecret)
            ? new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(o.ManagedIdentityClientId!))
            : new ClientSecretCredential(o.TenantId, o.AppId, o.AppSecret);
    }
}
