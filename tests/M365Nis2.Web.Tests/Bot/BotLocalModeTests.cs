using System.Net;
using M365Nis2.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Bot;

public class BotLocalModeTests
{
    /// <summary>
    /// Kestrel here listens on 127.0.0.1 only, so a real non-loopback socket is not available: a startup filter sets
    /// RemoteIpAddress to a documentation address before any other middleware, which is exactly what the rule reads.
    /// </summary>
    private sealed class RemotePeerFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    [Fact]
    public async Task Without_an_app_id_a_non_loopback_caller_is_refused_and_nothing_happens()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp(configureServices: s => s.AddSingleton<IStartupFilter, RemotePeerFilter>());
        var activity = BotActivities.Install(connector.ServiceUrl).Unique(out var userId, out _);

        var response = await app.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await app.References().FindPersonalByUserIdAsync(userId, default));
        Assert.Empty(connector.Requests);
    }

    [Fact]
    public async Task Without_an_app_id_a_loopback_caller_without_a_token_is_accepted()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp();
        var activity = BotActivities.Install(connector.ServiceUrl).Unique(out var userId, out _);

        var response = await app.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await app.References().FindPersonalByUserIdAsync(userId, default));
        Assert.Null(Assert.Single(connector.Requests).Authorization);
    }
}
