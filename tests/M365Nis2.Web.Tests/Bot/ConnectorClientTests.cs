using M365Nis2.Teams;
using M365Nis2.Teams.Connector;
using M365Nis2.Teams.Conversations;
using M365Nis2.Teams.Cards;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace M365Nis2.Web.Tests.Bot;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string Conversation = "a:1retry-conversation";
    private const string OptedOutBody = """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot.","subCode":"MessageWritesBlocked"}}""";
    private FakeConnector connector = null!;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        // The provider owns (and disposes) the budget, as in the app.
        services = new ServiceCollection().AddHttpClient()
            .AddSingleton(_ => new OutboundBudget(Microsoft.Extensions.Options.Options.Create(new OutboundOptions()))).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await services.DisposeAsync();
        await connector.DisposeAsync();
    }

    private ConnectorClient Client(StaticCredential? credential = null) => new(
        services.GetRequiredService<IHttpClientFactory>(),
        new ConnectorTokenProvider(credential, TimeProvider.System),
        new ConnectorRetryPolicy(TimeProvider.System) { BaseDelay = TimeSpan.FromMilliseconds(20) },
        services.GetRequiredService<OutboundBudget>(),
        Microsoft.Extensions.Options.Options.Create(new M365Nis2.Teams.BotOptions()), // local mode: the loopback fake is trusted
        NullLogger<ConnectorClient>.Instance);

    private int ActivityPosts => connector.Requests.Count(r => r.Path.EndsWith("/activities", StringComparison.Ordinal));

    [Fact]
    public async Task A_429_with_Retry_After_is_waited_out_and_retried()
    {
        connector.Enqueue(new ScriptedResponse(429, """{"error":{"code":"TooManyRequests","message":"slow down"}}""", RetryAfter: "1"));

        var sent = await Client().SendToConversationAsync(connector.ServiceUrl, Conversation, Activity.CreateMessage("hi"), default);

        Assert.NotNull(sent.Id);
        Assert.Equal(2, ActivityPosts);
    }

    [Fact]
    public void Retry_After_as_a_date_is_honoured_too()
    {
        var policy = new ConnectorRetryPolicy(TimeProvider.System);
        var at = DateTimeOffset.UtcNow.AddSeconds(30);

        var delay = policy.DelayFor(1, new System.Net.Http.Headers.RetryConditionHeaderValue(at));

        Assert.InRange(delay, TimeSpan.FromSeconds(25), TimeSpan.FromSeconds(31));
    }

    [Fact]
    public async Task Transient_503_and_412_are_retried_with_backoff()
    {
        connector.Enqueue(new ScriptedResponse(503), new ScriptedResponse(412), new ScriptedResponse(502));

        var sent = await Client().SendToConversationAsync(connector.ServiceUrl, Conversation, Activity.CreateMessage("hi"), default);

        Assert.NotNull(sent.Id);
        Assert.Equal(4, ActivityPosts);
    }

    [Fact]
    public async Task Persistent_failure_gives_up_after_the_bounded_attempts()
    {
        connector.Enqueue([.. Enumerable.Repeat(new ScriptedResponse(500, """{"error":{"code":"ServiceError","message":"boom"}}"""), 10)]);

        var ex = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync(connector.ServiceUrl, Conversation, Activity.CreateMessage("hi"), default));

        Assert.Equal(500, ex.StatusCode);
        Assert.Equal(5, ActivityPosts);
    }

    [Fact]
    public async Task MessageWritesBlocked_is_reported_as_opted_out_and_not_retried()
    {
        connector.Enqueue(new ScriptedResponse(403, OptedOutBody));

        await Assert.ThrowsAsync<UserOptedOutException>(() =>
            Client().SendToConversationAsync(connector.ServiceUrl, Conversation, Activity.CreateMessage("hi"), default));

        Assert.Equal(1, ActivityPosts);
    }

    [Fact]
    public async Task Other_403_is_a_plain_failure_not_an_opt_out()
    {
        connector.Enqueue(new ScriptedResponse(403, """{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}"""));

        var ex = await Assert.ThrowsAsync<ConnectorException>(() =>
            Client().SendToConversationAsync(connector.ServiceUrl, Conversation, Activity.CreateMessage("hi"), default));

        Assert.IsNotType<UserOptedOutException>(ex);
        Assert.Equal("BotNotInConversationRoster", ex.Code);
        Assert.Equal(1, ActivityPosts);
    }

    [Fact]
    public async Task Token_is_sent_as_Bearer_and_cached_across_calls()
    {
        var credential = new StaticCredential("connector-token-123");
        var client = Client(credential);

        await client.SendToConversationAsync(connector.ServiceUrl, Conversation, Activity.CreateMessage("one"), default);
        await client.ReplyToActivityAsync(connector.ServiceUrl, Conversation, "1:activity-1", Activity.CreateMessage("two"), default);

        Assert.All(connector.Requests, r => Assert.Equal("Bearer connector-token-123", r.Authorization));
        Assert.Equal(1, credential.Calls);
    }

    [Fact]
    public async Task Update_delete_and_paged_members_use_the_connector_paths()
    {
        var client = Client();
        connector.Enqueue(new ScriptedResponse(200, """{"id":"1:a"}"""), new ScriptedResponse(200), new ScriptedResponse(200,
            """{"members":[{"id":"29:1a","name":"Mette Holm","aadObjectId":"9d1e2f3a-4b5c-4d6e-8f70-112233445566"}],"continuationToken":"next-page"}"""));

        await client.UpdateActivityAsync(connector.ServiceUrl, Conversation, "1:a", Activity.CreateMessage("new"), default);
        await client.DeleteActivityAsync(connector.ServiceUrl, Conversation, "1:a", default);
        var page = await client.GetPagedMembersAsync(connector.ServiceUrl, Conversation, 50, null, default);

        var requests = connector.Requests.ToList();
        Assert.Equal(("PUT", "/_connector/v3/conversations/a:1retry-conversation/activities/1:a"), (requests[0].Method, requests[0].Path));
        Assert.Equal("DELETE", requests[1].Method);
        Assert.Equal("?pageSize=50", requests[2].Query);
        Assert.Equal("9d1e2f3a-4b5c-4d6e-8f70-112233445566", Assert.Single(page.Members).AadObjectId);
        Assert.Equal("next-page", page.ContinuationToken);
    }

    [Fact]
    public async Task Proactive_send_to_a_user_who_blocked_the_bot_marks_the_reference_opted_out()
    {
        await using var app = new TestApp();
        var aadObjectId = Guid.NewGuid().ToString();
        var store = app.References();
        await store.SaveAsync(new ConversationReference
        {
            ServiceUrl = connector.ServiceUrl, ConversationId = "a:1blocked", ConversationType = "personal", TenantId = FakeBotIssuer.TenantId,
            BotId = BotActivities.BotId, UserId = "29:blocked", UserAadObjectId = aadObjectId, UpdatedAt = DateTimeOffset.UtcNow,
        }, default);
        connector.Enqueue(new ScriptedResponse(403, OptedOutBody));
        var messenger = app.Services.GetRequiredService<ProactiveMessenger>();

        var first = await messenger.SendToUserAsync(aadObjectId, new AdaptiveCard(), default);
        var second = await messenger.SendToUserAsync(aadObjectId, new AdaptiveCard(), default);

        Assert.IsType<ProactiveResult.OptedOut>(first);
        Assert.IsType<ProactiveResult.OptedOut>(second);
        Assert.Equal(ConversationStatus.OptedOut, (await store.FindPersonalByAadObjectIdAsync(aadObjectId, default))!.Status);
        Assert.Equal(1, ActivityPosts);
    }
}
