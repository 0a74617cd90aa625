using M365Nis2.Teams;
using M365Nis2.Teams.Cards;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Bot;

public class ConversationReferencePersistenceTests
{
    [Fact]
    public async Task Reference_stored_on_install_survives_a_restart_and_carries_a_proactive_send()
    {
        await using var connector = await FakeConnector.StartAsync();
        string prefix;
        var install = BotActivities.Install(connector.ServiceUrl).Unique(out _, out var conversationId);
        var aadObjectId = install["from"]!["aadObjectId"]!.GetValue<string>();
        using (var first = new TestApp())
        {
            prefix = first.StoragePrefix;
            await first.PostActivityAsync(install);
        }

        using var second = new TestApp(storagePrefix: prefix);
        var messenger = second.Services.GetRequiredService<ProactiveMessenger>();
        var card = new AdaptiveCard { Body = [new TextBlock { Text = "Board approval needed: Information security policy v3" }] };
        var result = await messenger.SendToUserAsync(aadObjectId, card, default);

        var sent = Assert.IsType<ProactiveResult.Sent>(result);
        Assert.Equal(conversationId, sent.ConversationId);
        var activities = connector.SentActivities.Where(a => a.ConversationId == conversationId).ToList();
        Assert.Equal(2, activities.Count); // the welcome from the first host, the card from the second
        Assert.Contains("Board approval needed", activities[1].Activity.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_tenant_row_follows_a_new_connector_address_while_repeats_of_the_same_one_are_not_rewritten()
    {
        using var app = new TestApp();
        var store = app.Services.GetRequiredService<M365Nis2.Teams.Conversations.IConversationReferenceStore>();
        var tenant = Guid.NewGuid().ToString();
        M365Nis2.Teams.Conversations.ConversationReference Person(string serviceUrl) => new()
        {
            ServiceUrl = new Uri(serviceUrl), ConversationId = "a:" + Guid.NewGuid().ToString("N"), ConversationType = "personal",
            TenantId = tenant, BotId = "28:bot", UserAadObjectId = Guid.NewGuid().ToString(), UserId = "29:" + Guid.NewGuid().ToString("N"),
            UpdatedAt = DateTimeOffset.UtcNow,
        };

        var first = Person("https://smba.trafficmanager.net/emea/");
        await store.SaveAsync(first, default);
        await store.SaveAsync(Person("https://smba.trafficmanager.net/emea/"), default); // same tenant facts: skipped
        var moved = Person("https://smba.trafficmanager.net/amer/");
        await store.SaveAsync(moved, default);

        Assert.Equal(moved.ServiceUrl, (await store.FindTenantAsync(tenant, default))!.ServiceUrl);
        Assert.Equal(first.ConversationId, (await store.FindPersonalByAadObjectIdAsync(first.UserAadObjectId!, default))!.ConversationId);
        Assert.Equal(moved.ConversationId, (await store.FindPersonalByUserIdAsync(moved.UserId!, default))!.ConversationId);
    }

    [Fact]
    public async Task User_without_a_reference_in_an_unknown_tenant_has_no_conversation()
    {
        using var app = new TestApp();
        var messenger = app.Services.GetRequiredService<ProactiveMessenger>();

        var result = await messenger.SendToUserAsync(Guid.NewGuid().ToString(), new AdaptiveCard(), default);

        Assert.IsType<ProactiveResult.NoConversation>(result);
    }

    [Fact]
    public async Task User_never_seen_gets_a_new_one_to_one_conversation_from_the_tenant_reference()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp(new Dictionary<string, string?> { ["Bot:TenantId"] = FakeBotIssuer.TenantId });
        await app.PostActivityAsync(BotActivities.Install(connector.ServiceUrl).Unique(out _, out _));
        var newUser = Guid.NewGuid().ToString();

        var result = await app.Services.GetRequiredService<ProactiveMessenger>()
            .SendToUserAsync(newUser, new AdaptiveCard { Body = [new TextBlock { Text = "Training due" }] }, default);

        var sent = Assert.IsType<ProactiveResult.Sent>(result);
        var create = Assert.Single(connector.Requests, r => r.Path.EndsWith("/v3/conversations", StringComparison.Ordinal));
        var body = System.Text.Json.Nodes.JsonNode.Parse(create.Body)!;
        Assert.Equal(newUser, body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(FakeBotIssuer.TenantId, body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.Equal(BotActivities.BotId, body["bot"]!["id"]!.GetValue<string>());
        Assert.Contains(connector.SentActivities, a => a.ConversationId == sent.ConversationId);
        Assert.NotNull(await app.References().FindPersonalByAadObjectIdAsync(newUser, default));
    }
}
