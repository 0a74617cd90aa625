using System.Net;
using M365Nis2.Web.Tests.Support;
using Microsoft.IdentityModel.Tokens;

namespace M365Nis2.Web.Tests.Bot;

public sealed class BotAuthFixture : IAsyncLifetime
{
    public FakeBotIssuer Issuer { get; private set; } = null!;

    public FakeConnector Connector { get; private set; } = null!;

    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Issuer = await FakeBotIssuer.StartAsync("msteams");
        Connector = await FakeConnector.StartAsync();
        App = new TestApp(Issuer.Settings(), configureServices: BotTestHost.WithConnectorToken());
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
        await Issuer.DisposeAsync();
    }
}

public class BotAuthTests(BotAuthFixture f) : IClassFixture<BotAuthFixture>
{
    [Fact]
    public async Task Valid_Bot_Framework_token_is_accepted_and_the_reply_carries_the_connector_token()
    {
        var activity = BotActivities.Message(f.Connector.ServiceUrl, "help").Unique(out var userId, out var conversationId);

        var response = await f.App.PostActivityAsync(activity, f.Issuer.CreateToken(f.Connector.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(await f.App.References().FindPersonalByUserIdAsync(userId, default));
        var sent = Assert.Single(f.Connector.Requests, r => r.Path.Contains(conversationId, StringComparison.Ordinal));
        Assert.Equal("Bearer " + BotTestHost.ConnectorToken, sent.Authorization);
    }

    [Fact]
    public async Task Entra_token_of_another_app_in_the_tenant_is_refused_and_nothing_is_stored()
    {
        // What any app in the tenant can get with client credentials: iss = the tenant, aud = the bot, azp/appid = itself.
        var activity = BotActivities.Message(f.Connector.ServiceUrl, "evidence").Unique(out var userId, out var conversationId);

        var token = f.Issuer.CreateToken(f.Connector.ServiceUrl.ToString(), issuer: FakeBotIssuer.EntraIssuer);
        var response = await f.App.PostActivityAsync(activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await f.App.References().FindPersonalByUserIdAsync(userId, default));
        Assert.DoesNotContain(f.Connector.Requests, r => r.Path.Contains(conversationId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("missing header", HttpStatusCode.Unauthorized)]
    [InlineData("not a jwt", HttpStatusCode.Unauthorized)]
    [InlineData("wrong audience", HttpStatusCode.Unauthorized)]
    [InlineData("wrong issuer", HttpStatusCode.Unauthorized)]
    [InlineData("expired beyond the skew", HttpStatusCode.Unauthorized)]
    [InlineData("signed by another key", HttpStatusCode.Unauthorized)]
    [InlineData("signed by another key with the same kid", HttpStatusCode.Unauthorized)]
    [InlineData("issued for another serviceUrl", HttpStatusCode.Forbidden)]
    public async Task Bad_token_is_refused_and_nothing_is_stored_or_sent(string problem, HttpStatusCode expected)
    {
        var serviceUrl = f.Connector.ServiceUrl.ToString();
        using var otherRsa = System.Security.Cryptography.RSA.Create(2048);
        var token = problem switch
        {
            "missing header" => null,
            "not a jwt" => "abc.def",
            "wrong audience" => f.Issuer.CreateToken(serviceUrl, audience: "another-bot"),
            "wrong issuer" => f.Issuer.CreateToken(serviceUrl, issuer: "https://evil.example"),
            "expired beyond the skew" => f.Issuer.CreateToken(serviceUrl, expires: DateTime.UtcNow.AddMinutes(-6)),
            "signed by another key" => f.Issuer.CreateToken(serviceUrl, signWith: new RsaSecurityKey(otherRsa) { KeyId = "unknown-kid" }),
            "signed by another key with the same kid" => f.Issuer.CreateToken(serviceUrl, signWith: new RsaSecurityKey(otherRsa) { KeyId = f.Issuer.KeyId }),
            "issued for another serviceUrl" => f.Issuer.CreateToken("https://smba.trafficmanager.net/emea/"),
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };
        var activity = BotActivities.Install(f.Connector.ServiceUrl).Unique(out var userId, out var conversationId);

        var response = await f.App.PostActivityAsync(activity, token);

        Assert.Equal(expected, response.StatusCode);
        Assert.Null(await f.App.References().FindPersonalByUserIdAsync(userId, default));
        Assert.DoesNotContain(f.Connector.Requests, r => r.Path.Contains(conversationId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Token_within_the_five_minute_skew_is_accepted()
    {
        var activity = BotActivities.Message(f.Connector.ServiceUrl, "help").Unique(out _, out _);

        var token = f.Issuer.CreateToken(f.Connector.ServiceUrl.ToString(), expires: DateTime.UtcNow.AddMinutes(-3));
        var response = await f.App.PostActivityAsync(activity, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Key_not_endorsed_for_the_channel_is_refused_with_403_and_nothing_happens()
    {
        await using var webchatOnly = await FakeBotIssuer.StartAsync("webchat");
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp(webchatOnly.Settings(), configureServices: BotTestHost.WithConnectorToken());
        var activity = BotActivities.Install(connector.ServiceUrl).Unique(out var userId, out _);

        var response = await app.PostActivityAsync(activity, webchatOnly.CreateToken(connector.ServiceUrl.ToString()));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await app.References().FindPersonalByUserIdAsync(userId, default));
        Assert.Empty(connector.Requests);
    }
}
