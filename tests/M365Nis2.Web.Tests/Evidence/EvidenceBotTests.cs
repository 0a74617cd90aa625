using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Bot;

namespace M365Nis2.Web.Tests.Evidence;

/// <summary>The bot's <c>evidence</c> command and Refresh button through the real /api/messages endpoint (local mode, fake connector).</summary>
public class EvidenceBotTests
{
    private static readonly string CisoObjectId = new DemoDirectory().Ciso.Id;

    [Fact]
    public async Task Evidence_command_sends_the_status_card_with_checks_findings_and_the_demo_label()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var t = new EvidenceTestApp();
        await t.CollectAndWaitAsync();
        var activity = BotActivities.Message(connector.ServiceUrl, "<at>M365Nis2</at> evidence").Unique(out _, out var conversationId);
        activity["from"]!["aadObjectId"] = CisoObjectId; // names in findings are for the CISO and the board (1:1 chat)

        await t.App.PostActivityAsync(activity);

        var (_, sent) = Assert.Single(connector.SentActivities, a => a.ConversationId == conversationId);
        var card = sent["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", card["contentType"]!.GetValue<string>());
        var json = card["content"]!.ToJsonString();
        Assert.Contains("Art. 21(2)(j): MFA and Conditional Access", json, StringComparison.Ordinal);
        Assert.Contains("Demo data", json, StringComparison.Ordinal);
        Assert.Contains("MFA registration", json, StringComparison.Ordinal);
        Assert.Contains("Legacy authentication blocked", json, StringComparison.Ordinal);
        Assert.Contains("Nikolaj Friis", json, StringComparison.Ordinal);
        Assert.Contains("evidence.refresh", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_command_in_Danish_shows_the_findings_in_Danish_with_the_names_as_they_are()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var t = new EvidenceTestApp();
        await t.CollectAndWaitAsync();
        var activity = BotActivities.Message(connector.ServiceUrl, "<at>M365Nis2</at> evidence", locale: "da-DK").Unique(out _, out var conversationId);
        activity["from"]!["aadObjectId"] = CisoObjectId;

        await t.App.PostActivityAsync(activity);

        var (_, sent) = Assert.Single(connector.SentActivities, a => a.ConversationId == conversationId);
        var json = sent["attachments"]![0]!["content"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("er ikke registreret til MFA", json, StringComparison.Ordinal);
        Assert.DoesNotContain("are not registered for MFA", json, StringComparison.Ordinal);
        Assert.Contains("Nikolaj Friis", json, StringComparison.Ordinal); // subjects are names: never translated
    }

    [Fact]
    public async Task Refresh_by_the_ciso_collects_and_returns_the_new_card_in_Danish()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var t = new EvidenceTestApp();
        var activity = BotActivities.Execute(connector.ServiceUrl, "evidence.refresh", locale: "da-DK").Unique(out _, out _);
        activity["from"]!["aadObjectId"] = CisoObjectId;

        var body = (await (await t.App.PostActivityAsync(activity)).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body["type"]!.GetValue<string>());
        var json = body["value"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        Assert.Contains("Demodata", json, StringComparison.Ordinal);
        Assert.Contains("Opdater", json, StringComparison.Ordinal);
        // Collection of the 54-user demo tenant finishes well inside the invoke budget, so the card shows its result.
        Assert.Contains("MFA-registrering", json, StringComparison.Ordinal);
        var runs = await t.GetJsonAsync("/api/controls/art21.2.j");
        Assert.Single(runs.GetProperty("detail").GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task Refresh_by_someone_other_than_the_ciso_starts_nothing_and_says_so()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var t = new EvidenceTestApp();
        var activity = BotActivities.Execute(connector.ServiceUrl, "evidence.refresh").Unique(out _, out _);
        activity["from"]!["aadObjectId"] = new DemoDirectory().Users.First(u => u.Kind == DemoUserKind.Employee).Id; // a member, not the CISO

        var body = (await (await t.App.PostActivityAsync(activity)).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Contains("Only the CISO can start a collection", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(0, t.Graph.RequestCount("/reports/"));
    }
}
