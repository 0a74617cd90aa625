using Azure.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using M365Nis2.Teams.Auth;
using M365Nis2.Teams.Cards;
using M365Nis2.Teams.Connector;
using M365Nis2.Teams.Conversations;
using M365Nis2.Teams.Routing;

namespace M365Nis2.Teams;

/// <summary>
/// The library's whole registration surface. The host adds an <see cref="IConversationReferenceStore"/> and an
/// <see cref="IBotHelp"/> (and may replace the <see cref="IPersonalAppInstaller"/>); features add their commands, card actions and card samples.
/// </summary>
public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// Options (<c>Bot</c>, validated on start), inbound authentication, the connector client with its retry policy,
    /// token provider and the one outbound budget every send goes through, the reference refresh filter, proactive sends and the activity router.
    /// </summary>
    /// <param name="credential">The outbound connector credential; null in local mode (no token on replies).</param>
    public static IServiceCollection AddTeamsProtocol(this IServiceCollection services, Func<BotOptions, TokenCredential?> credential)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations()
            // Local mode lets unauthenticated loopback callers act as anyone: a developer's machine only, never a server.
            .Validate<Microsoft.Extensions.Hosting.IHostEnvironment>((o, env) => !o.IsLocalMode || env.IsDevelopment(),
                "Bot:AppId is empty (local mode: unauthenticated requests from loopback). That is allowed in the Development environment only; " +
                "set Bot:AppId, Bot:TenantId and Bot:ManagedIdentityClientId (or Bot:AppSecret).")
            .ValidateOnStart();
        services.AddHttpClient(ConnectorClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(nameof(BotRequestAuthenticator), c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddSingleton<BotRequestAuthenticator>();
        services.AddSingleton(sp => new ConnectorTokenProvider(credential(sp.GetRequiredService<IOptions<BotOptions>>().Value), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ConnectorRetryPolicy>();
        services.AddOptions<OutboundOptions>().BindConfiguration(OutboundOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        // On the wall clock, never the host's TimeProvider: Teams counts real seconds even when a test fakes business time.
        services.AddSingleton(sp => new OutboundBudget(sp.GetRequiredService<IOptions<OutboundOptions>>()));
        services.AddSingleton<ConnectorClient>();
        services.AddSingleton<ReferenceRefreshFilter>();
        services.TryAddSingleton<IPersonalAppInstaller, NoPersonalAppInstaller>();
        services.AddSingleton<ProactiveMessenger>();
        services.AddScoped<ActivityRouter>();
        return services;
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
}
