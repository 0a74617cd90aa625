using Azure.Core;
using Azure.Identity;
using M365Nis2.Web.Bot.Auth;
using M365Nis2.Web.Bot.Connector;
using M365Nis2.Web.Bot.Conversations;
using M365Nis2.Web.Bot.Routing;
using M365Nis2.Web.Cards;
using M365Nis2.Web.Cards.Templates;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Bot;

public static class BotFeature
{
    /// <summary>The Teams bot: inbound auth, routing, conversation references, outbound connector, proactive sends.</summary>
    public static IHostApplicationBuilder AddBot(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddLocalization();
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(nameof(BotRequestAuthenticator), c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<BotRequestAuthenticator>();
        services.AddSingleton(sp => new ConnectorTokenProvider(Credential(sp.GetRequiredService<IOptions<BotOptions>>().Value), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ConnectorRetryPolicy>();
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<ReferenceRefreshFilter>();
        services.AddSingleton<IConversationReferenceStore, TableConversationReferenceStore>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddScoped<ActivityRouter>();
        services.AddScoped<BotHelp>();
        services.AddScoped<BotCards>();
        services.AddCardSamples<BotCardSamples>();
        return builder;
    }

    public static WebApplication MapBot(this WebApplication app)
    {
        app.MapPost("/api/messages", BotEndpoint.HandleAsync).AllowAnonymous().DisableAntiforgery();
        return app;
    }

    /// <summary>A text command: the first word of a message to the bot (case-insensitive).</summary>
    public static IServiceCollection AddBotCommand<T>(this IServiceCollection services, string name) where T : class, IBotCommand
    {
        services.AddScoped<T>();
        services.AddSingleton(new BotCommandRegistration(name.ToLowerInvariant(), typeof(T)));
        return services;
    }

    /// <summary>An Action.Execute verb (adaptiveCard/action invoke).</summary>
    public static IServiceCollection AddCardAction<T>(this IServiceCollection services, string verb) where T : class, ICardAction
    {
        services.AddScoped<T>();
        services.AddSingleton(new CardActionRegistration(verb, typeof(T)));
        return services;
    }

    /// <summary>An Action.Submit, matched on the "verb" (or "action") field of its data.</summary>
    public static IServiceCollection AddSubmitAction<T>(this IServiceCollection services, string verb) where T : class, ISubmitAction
    {
        services.AddScoped<T>();
        services.AddSingleton(new SubmitActionRegistration(verb, typeof(T)));
        return services;
    }

    /// <summary>Registers a feature's card samples (also found by the validation test without this).</summary>
    public static IServiceCollection AddCardSamples<T>(this IServiceCollection services) where T : class, ICardSamples
    {
        services.AddScoped<ICardSamples, T>();
        return services;
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
