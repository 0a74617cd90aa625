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

    [Fact]
    public async Task Each_measure_links_to_its_control_page_in_the_tab_through_a_Teams_deep_link()
    {
        var danish = await CardAsync(Demo.Ciso.Id, locale: "da-DK");
        using var doc = JsonDocument.Parse(danish!);
        var measures = doc.RootElement.GetProperty("body").EnumerateArray().Where(e => e.TryGetProperty("items", out _)).ToList();
        Assert.NotEmpty(measures);
        foreach (var measure in measures)
        {
            var heading = measure.GetProperty("items")[0].GetProperty("text").GetString()!; // "(h) Kryptografi …: ikke opfyldt"
            var open = Assert.Single(measure.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("type").GetString() == "ActionSet")
                .SelectMany(a => a.GetProperty("actions").EnumerateArray()));
            Assert.Equal("Action.OpenUrl", open.GetProperty("type").GetString());
            Assert.Equal($"Åbn {heading[..3]} i fanen", open.GetProperty("title").GetString());
            var url = new Uri(open.GetProperty("url").GetString()!);
            Assert.Equal($"/l/entity/{DemoDirectory.TeamsAppManifestId}/evidence", url.AbsolutePath);
            var query = System.Web.HttpUtility.ParseQueryString(url.Query);
            using var context = JsonDocument.Parse(query["context"]!);
            var page = context.RootElement.GetProperty("subEntityId").GetString()!;
            Assert.Matches("^/tab/control/art21\\.2\\.[a-j]$", page);
            Assert.EndsWith(page, query["webUrl"], StringComparison.Ordinal);
        }
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
