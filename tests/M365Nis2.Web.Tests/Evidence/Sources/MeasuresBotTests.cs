using System.Text.Encodings.Web;
using System.Text.Json;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Bot;

namespace M365Nis2.Web.Tests.Evidence.Sources;

/// <summary>The <c>measures</c> command through /api/messages (local mode, fake connector): language, audience, escaping.</summary>
public sealed class MeasuresBotTests : IAsyncLifetime, IDisposable
{
    private static readonly DemoDirectory Demo = new();
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly SourcesTestApp t = new();
    private FakeConnector connector = null!;

    public async Task InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        await t.CollectAndWaitAsync();
    }

    public async Task DisposeAsync() => await connector.DisposeAsync();

    public void Dispose() => t.Dispose();

    private async Task<string?> CardAsync(string aadObjectId, string conversationType = "personal", string? locale = null)
    {
        var activity = BotActivities.Message(connector.ServiceUrl, "measures").Unique(out _, out var conversationId);
        activity["from"]!["aadObjectId"] = aadObjectId;
        activity["conversation"]!["conversationType"] = conversationType;
        if (locale is not null)
            activity["locale"] = locale;
        Assert.True((await t.App.PostActivityAsync(activity)).IsSuccessStatusCode);
        var (_, sent) = Assert.Single(connector.SentActivities, a => a.ConversationId == conversationId);
        return sent["attachments"]?[0]?["content"]?.ToJsonString(Relaxed);
    }

    [Fact]
    public async Task Danish_client_gets_the_card_in_Danish_with_danish_measure_titles()
    {
        var card = await CardAsync(Demo.Ciso.Id, locale: "da-DK");
        Assert.Contains("Automatisk dokumentation pr. tiltag", card, StringComparison.Ordinal);
        Assert.Contains("Demodata", card, StringComparison.Ordinal);
        Assert.Contains("indsamlet ", card, StringComparison.Ordinal);
        Assert.Contains("Opdater", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Danish_client_gets_every_finding_in_Danish_and_the_names_unchanged()
    {
        var english = await CardAsync(Demo.Ciso.Id);
        var danish = await CardAsync(Demo.Ciso.Id, locale: "da-DK");
        var englishFindings = Findings(english!);
        var danishFindings = Findings(danish!);

        Assert.NotEmpty(englishFindings);
        Assert.Equal(englishFindings.Count, danishFindings.Count);
        Assert.Empty(englishFindings.Intersect(danishFindings)); // each line differs: no English finding left in the Danish card
        Assert.Contains("Ole Bak", danish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_employee_and_a_team_chat_get_counts_without_names_and_a_guest_gets_no_card()
    {
        var ciso = await CardAsync(Demo.Ciso.Id);
        Assert.Contains("Ole Bak", ciso, StringComparison.Ordinal);
        var employee = await CardAsync(Demo.Users.First(u => u.Kind == DemoUserKind.Employee).Id);
        Assert.DoesNotContain("Ole Bak", employee, StringComparison.Ordinal);
        Assert.Contains("(i) ", employee, StringComparison.Ordinal);
        Assert.DoesNotContain("Ole Bak", await CardAsync(Demo.Ciso.Id, "channel"), StringComparison.Ordinal);
        Assert.Null(await CardAsync(Demo.Guests[0].Id));
    }

    [Fact]
    public async Task Text_from_the_tenant_is_escaped_in_the_card()
    {
        // Finding messages and subjects come from Graph data (names, device names): Markdown in them must not render.
        var card = await CardAsync(Demo.Ciso.Id);
        using var doc = JsonDocument.Parse(card!);
        var texts = doc.RootElement.GetProperty("body").EnumerateArray().SelectMany(Texts).ToList();
        var findings = texts.Where(x => x.Contains("Ole Bak", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(findings);
        Assert.All(findings, f => Assert.Contains("\\(", f, StringComparison.Ordinal)); // "(Ole Bak …)" escaped as Markdown-safe text
    }

    private static List<string> Findings(string card)
    {
        using var doc = JsonDocument.Parse(card);
        return [.. doc.RootElement.GetProperty("body").EnumerateArray().SelectMany(Texts).Where(x => x.StartsWith("• ", StringComparison.Ordinal))];
    }

    private static IEnumerable<string> Texts(JsonElement e) =>
        e.TryGetProperty("items", out var items) ? items.EnumerateArray().SelectMany(Texts)
        : e.TryGetProperty("text", out var text) ? [text.GetString()!] : [];
}
