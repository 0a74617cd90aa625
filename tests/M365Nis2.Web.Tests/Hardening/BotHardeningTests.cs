using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Teams;
using M365Nis2.Teams.Cards;
using M365Nis2.Teams.Connector;
using M365Nis2.Web.Features.Incidents;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Hardening;

/// <summary>
/// The bot's inbound trust (tenant, connector host, local mode) and outbound allow-list, with a real token check
/// (the fake Bot Framework issuer) and the fake connector; and user text escaped in cards.
/// </summary>
public sealed class BotHardeningTests(BotAuthFixture f) : IClassFixture<BotAuthFixture>
{
    private async Task<HttpResponseMessage> PostAsync(JsonObject activity, string? serviceUrlClaim = null) =>
        await f.App.PostActivityAsync(activity, f.Issuer.CreateToken(serviceUrlClaim ?? activity["serviceUrl"]!.GetValue<string>()));

    [Theory]
    [InlineData("channelData")]
    [InlineData("conversation")]
    [InlineData("both")]
    public async Task Activity_from_another_tenant_is_refused_and_nothing_is_stored_or_sent(string where)
    {
        var activity = BotActivities.Message(f.Connector.ServiceUrl, "evidence").Unique(out var userId, out var conversationId);
        const string other = "9a9a9a9a-0000-4000-8000-000000000001";
        if (where is "channelData" or "both")
        {
            activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = other } };
        }
        if (where is "conversation" or "both")
        {
            activity["conversation"]!["tenantId"] = other;
        }

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await f.App.References().FindPersonalByUserIdAsync(userId, default));
        Assert.DoesNotContain(f.Connector.Requests, r => r.Path.Contains(conversationId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Activity_naming_an_untrusted_connector_host_is_refused_and_its_reference_is_never_stored()
    {
        // A valid token for that serviceUrl: the Bot Framework would not mint it, but the host check must not depend on that.
        var activity = BotActivities.Install(new Uri("https://connector.evil.example/teams/")).Unique(out var userId, out _);

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Null(await f.App.References().FindPersonalByUserIdAsync(userId, default));
    }

    [Fact]
    public async Task Connector_calls_go_only_to_trusted_hosts()
    {
        var connector = f.App.Services.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => connector.SendToConversationAsync(
            new Uri("https://connector.evil.example/teams/"), "a:1", Activity.CreateMessage("hi"), CancellationToken.None));

        Assert.Equal("UntrustedServiceUrl", error.Code);
        Assert.True(new BotOptions { AppId = "x" }.IsTrustedServiceUrl(new Uri("https://smba.trafficmanager.net/emea/")));
        Assert.True(new BotOptions { AppId = "x" }.IsTrustedServiceUrl(new Uri("https://smba.infra.gov.teams.microsoft.us/teams/")));
        Assert.False(new BotOptions { AppId = "x" }.IsTrustedServiceUrl(new Uri("http://smba.trafficmanager.net/teams/")));
        Assert.False(new BotOptions { AppId = "x" }.IsTrustedServiceUrl(new Uri("http://127.0.0.1:3978/_connector/")));
        Assert.True(new BotOptions().IsTrustedServiceUrl(new Uri("http://127.0.0.1:3978/_connector/")));
    }
}

public sealed class BotLocalModeHardeningTests
{
    [Fact]
    public void Local_mode_refuses_to_start_outside_Development()
    {
        var error = Assert.ThrowsAny<Exception>(() => new TestApp(new Dictionary<string, string?>
        {
            ["Signing:AllowLocalInProduction"] = "true",
            ["Bot:AppId"] = "",
        }, environment: "Production"));

        Assert.Contains("Bot:AppId", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Local_mode_needs_a_loopback_Host_header_as_well_as_a_loopback_peer()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp();
        using var http = app.Http();
        using var tunnelled = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = BotActivities.Json(BotActivities.Message(connector.ServiceUrl, "help").Unique(out var userId, out _)),
        };
        tunnelled.Headers.Host = "m365nis2.example.devtunnels.ms";

        using var response = await http.SendAsync(tunnelled);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(await app.References().FindPersonalByUserIdAsync(userId, default));
    }
}

public sealed class CardEscapingTests
{
    [Theory]
    [InlineData("[Classify now](https://evil.example)", "\\[Classify now\\]\\(https://evil.example\\)")]
    [InlineData("**urgent** _now_", "\\*\\*urgent\\*\\* \\_now\\_")]
    [InlineData("- item\n1. first", "\\- item\n1\\. first")]
    [InlineData("Plain text, 3.5 % - fine", "Plain text, 3.5 % - fine")]
    public void User_text_is_escaped_for_card_Markdown(string typed, string shown) =>
        Assert.Equal(shown, CardText.Escape(typed));

    [Fact]
    public async Task A_reported_incident_description_is_no_link_in_the_CISO_card()
    {
        using var app = new TestApp();
        using var employee = app.Http(new DemoDirectory().Users.First(u => u.Kind == DemoUserKind.Employee).UserPrincipalName);
        const string Description = "[Classify now](https://evil.example)";
        using var reported = await employee.PostAsJsonAsync("/api/incidents",
            new { whatHappened = Description, awareAt = DateTimeOffset.UtcNow.AddHours(-1), servicesAffected = "[Portal](https://evil.example)" });
        var id = (await reported.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var incident = (await app.Services.GetRequiredService<IncidentStore>().FindAsync(id, CancellationToken.None))!.Value;
        using var scope = app.Services.CreateScope();

        var card = scope.ServiceProvider.GetRequiredService<IncidentCards>().Timeline(incident, DateTimeOffset.UtcNow).ToJson();

        Assert.DoesNotContain("[Classify now](", card, StringComparison.Ordinal);
        Assert.DoesNotContain("[Portal](", card, StringComparison.Ordinal);
        Assert.Contains(System.Text.Json.JsonSerializer.Serialize(CardText.Escape(Description)).Trim('"'), card, StringComparison.Ordinal);
    }
}
