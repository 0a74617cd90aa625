using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using M365Nis2.Teams;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Bot;

public sealed class LocalBotFixture : IAsyncLifetime
{
    public FakeConnector Connector { get; private set; } = null!;

    public TestApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Connector = await FakeConnector.StartAsync();
        App = new TestApp(configureServices: s => s.AddBotCommand<EchoCommand>("echo").AddCardAction<ChooseAction>("test.choose").AddCardAction<CarelessAction>("test.careless"));
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Connector.DisposeAsync();
    }
}

/// <summary>Local mode (no Bot:AppId), as the Agents Playground runs it: loopback, no Authorization header.</summary>
public class BotRoutingTests(LocalBotFixture f) : IClassFixture<LocalBotFixture>
{
    [Fact]
    public async Task Help_sends_a_help_card_listing_registered_commands_without_a_token()
    {
        var activity = BotActivities.Message(f.Connector.ServiceUrl, "<at>M365Nis2</at> HELP").Unique(out _, out var conversationId);

        var response = await f.App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (_, sent) = Assert.Single(f.Connector.SentActivities, a => a.ConversationId == conversationId);
        var card = sent["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", card["contentType"]!.GetValue<string>());
        var json = card["content"]!.ToJsonString();
        Assert.Contains("What I can do", json, StringComparison.Ordinal);
        Assert.Contains("Repeat what you type", json, StringComparison.Ordinal);
        Assert.Null(f.Connector.Requests.First(r => r.Path.Contains(conversationId, StringComparison.Ordinal)).Authorization);
    }

    [Fact]
    public async Task Danish_locale_gets_the_help_card_in_Danish()
    {
        var activity = BotActivities.Message(f.Connector.ServiceUrl, "help", locale: "da-DK").Unique(out _, out var conversationId);

        await f.App.PostActivityAsync(activity);

        var (_, sent) = Assert.Single(f.Connector.SentActivities, a => a.ConversationId == conversationId);
        var json = sent["attachments"]![0]!["content"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Det kan jeg", json, StringComparison.Ordinal);
        Assert.Contains("Vis denne liste over kommandoer", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registered_command_gets_its_arguments()
    {
        var activity = BotActivities.Message(f.Connector.ServiceUrl, "<at>M365Nis2</at> Echo hello there").Unique(out _, out var conversationId);

        await f.App.PostActivityAsync(activity);

        var (_, sent) = Assert.Single(f.Connector.SentActivities, a => a.ConversationId == conversationId);
        Assert.Equal("echo: hello there", sent["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Unknown_command_gets_help_with_a_did_you_mean()
    {
        var activity = BotActivities.Message(f.Connector.ServiceUrl, "ecko").Unique(out _, out var conversationId);

        await f.App.PostActivityAsync(activity);

        var (_, sent) = Assert.Single(f.Connector.SentActivities, a => a.ConversationId == conversationId);
        Assert.Contains("Did you mean \\u0022echo\\u0022?", sent.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Action_Execute_with_a_registered_verb_returns_a_replacement_card()
    {
        var activity = BotActivities.Execute(f.Connector.ServiceUrl, "test.choose", new JsonObject { ["choice"] = "approve" }).Unique(out _, out _);

        var response = await f.App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        Assert.Equal("Mette Holm chose approve", body["value"]!["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Action_Execute_with_bad_data_is_a_400_error_response()
    {
        var activity = BotActivities.Execute(f.Connector.ServiceUrl, "test.choose").Unique(out _, out _);

        var body = (await (await f.App.PostActivityAsync(activity)).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.error", body["type"]!.GetValue<string>());
        Assert.Equal("MissingChoice", body["value"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Action_Execute_with_an_unknown_verb_is_a_400_error_response_not_a_500()
    {
        var activity = BotActivities.Execute(f.Connector.ServiceUrl, "no.such.verb").Unique(out _, out _);

        var response = await f.App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Equal("UnknownVerb", body["value"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Handler_tripping_over_missing_data_gives_a_400_error_response_not_a_500()
    {
        var activity = BotActivities.Execute(f.Connector.ServiceUrl, "test.careless").Unique(out _, out _);

        var response = await f.App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(400, (await response.Content.ReadFromJsonAsync<JsonObject>())!["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Invoke_without_an_action_is_a_400_error_response()
    {
        var activity = BotActivities.Execute(f.Connector.ServiceUrl, "x").Unique(out _, out _);
        activity["value"] = new JsonObject { ["trigger"] = "manual" };

        var body = (await (await f.App.PostActivityAsync(activity)).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task Other_invokes_are_answered_501()
    {
        var activity = BotActivities.Execute(f.Connector.ServiceUrl, "x").Unique(out _, out _);
        activity["name"] = "composeExtension/query";

        var response = await f.App.PostActivityAsync(activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task Malformed_JSON_is_a_400_and_nothing_is_stored()
    {
        using var http = f.App.Http();
        var broken = BotActivities.Install(f.Connector.ServiceUrl).Unique(out var userId, out var conversationId).ToJsonString()[..^5];

        var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), new StringContent(broken, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await f.App.References().FindPersonalByUserIdAsync(userId, default));
        Assert.DoesNotContain(f.Connector.Requests, r => r.Path.Contains(conversationId, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Install_stores_the_reference_and_welcomes_once_even_with_the_conversationUpdate_pair()
    {
        var install = BotActivities.Install(f.Connector.ServiceUrl).Unique(out var userId, out var conversationId);
        var update = JsonNode.Parse(install.ToJsonString())!.AsObject();
        update["type"] = "conversationUpdate";
        update.Remove("action");
        update["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotActivities.BotId });

        await f.App.PostActivityAsync(install);
        await f.App.PostActivityAsync(update);

        var reference = await f.App.References().FindPersonalByUserIdAsync(userId, default);
        Assert.NotNull(reference);
        Assert.Equal(conversationId, reference.ConversationId);
        Assert.Equal(f.Connector.ServiceUrl, reference.ServiceUrl);
        Assert.Equal(FakeBotIssuer.TenantId, reference.TenantId);
        Assert.Equal(BotActivities.BotId, reference.BotId);
        var (_, welcome) = Assert.Single(f.Connector.SentActivities, a => a.ConversationId == conversationId);
        Assert.Contains("Welcome to M365Nis2", welcome.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uninstall_marks_the_reference_removed()
    {
        var install = BotActivities.Install(f.Connector.ServiceUrl).Unique(out var userId, out var conversationId);
        await f.App.PostActivityAsync(install);
        var remove = JsonNode.Parse(install.ToJsonString())!.AsObject();
        remove["action"] = "remove";

        await f.App.PostActivityAsync(remove);

        var reference = await f.App.References().FindPersonalByUserIdAsync(userId, default);
        Assert.Equal(M365Nis2.Teams.Conversations.ConversationStatus.Removed, reference!.Status);
    }

    [Fact]
    public async Task A_message_refreshes_a_changed_serviceUrl()
    {
        var install = BotActivities.Install(new Uri("https://smba.trafficmanager.net/emea/")).Unique(out var userId, out var conversationId);
        install["action"] = "add-upgrade"; // no welcome: nothing to send to the unreachable first URL
        await f.App.PostActivityAsync(install);
        var message = BotActivities.Message(f.Connector.ServiceUrl, "echo hi");
        message["from"] = install["from"]!.DeepClone();
        message["conversation"] = install["conversation"]!.DeepClone();

        await f.App.PostActivityAsync(message);

        var reference = await f.App.References().FindPersonalByUserIdAsync(userId, default);
        Assert.Equal(f.Connector.ServiceUrl, reference!.ServiceUrl);
        Assert.Single(f.Connector.SentActivities, a => a.ConversationId == conversationId);
    }
}
