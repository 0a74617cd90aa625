using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Bot;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Approvals;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Reach;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Training;

/// <summary>The board member hears in Teams, in their own language, that the CISO confirmed or rejected their reported course.</summary>
public class ClaimDecisionNoticeTests
{
    private static readonly DemoDirectory Demo = new();
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task A_rejection_reaches_a_danish_member_in_danish_with_the_note_and_a_confirmation_an_english_member_in_english()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var app = new TestApp(new Dictionary<string, string?> { ["Training:DailyJobEnabled"] = "false" });
        var danish = Demo.BoardMembers.First(m => m.PreferredLanguage.StartsWith("da", StringComparison.Ordinal));
        var english = Demo.BoardMembers.First(m => m.PreferredLanguage.StartsWith("en", StringComparison.Ordinal));
        await ApprovalHarness.InstallAsync(app, connector, danish);
        await ApprovalHarness.InstallAsync(app, connector, english);
        using var ciso = app.Http(DemoDirectory.CisoUpn);

        await DecideAsync(app, ciso, danish, "Bestyrelseskursus i cyberrisiko", new { decision = "reject", note = "Beviset er udstedt til en anden <person>" });
        await DecideAsync(app, ciso, english, "Cyber risk for directors", new { decision = "confirm" });

        var toDanish = Texts(connector, danish);
        var notice = Assert.Single(toDanish, t => t.Contains("Bestyrelseskursus i cyberrisiko", StringComparison.Ordinal));
        Assert.Contains("Dit indberettede kursus blev ikke godkendt", notice, StringComparison.Ordinal);
        Assert.Contains("Bemærkning fra CISO'en", notice, StringComparison.Ordinal);
        Assert.Contains("Beviset er udstedt til en anden", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("<person>", notice, StringComparison.Ordinal); // the CISO's note is user text: escaped

        var confirmed = Assert.Single(Texts(connector, english), t => t.Contains("Cyber risk for directors", StringComparison.Ordinal));
        Assert.Contains("Your reported course is confirmed", confirmed, StringComparison.Ordinal);
        Assert.DoesNotContain("Note from the CISO", confirmed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_for_a_member_the_app_is_being_installed_for_is_kept_and_delivered_once()
    {
        await using var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        connector.RefuseCreates = true;
        using var app = new TestApp(new Dictionary<string, string?>(ReachEveryoneTests.Settings(connector))
        {
            ["Awareness:FanoutEnabled"] = "false",
            ["Training:DailyJobEnabled"] = "false",
            // The test sends the kept notices itself, so it can look at them first.
            ["AppInstall:NoticeCheckInterval"] = "01:00:00",
        });
        await ReachEveryoneTests.KnownTenantAsync(app, connector);
        var member = new DemoDirectory(12).BoardMembers.First(m => m.PreferredLanguage.StartsWith("en", StringComparison.Ordinal));
        int Delivered() => connector.ActivitiesPerUser.TryGetValue(member.Id, out var sent)
            ? sent.Count(a => a.ToJsonString(Readable).Contains("Cyber risk for directors", StringComparison.Ordinal)
                && a.ToJsonString(Readable).Contains("Your reported course is confirmed", StringComparison.Ordinal))
            : 0;
        using var ciso = app.Http(DemoDirectory.CisoUpn);

        await DecideAsync(app, ciso, member, "Cyber risk for directors", new { decision = "confirm" });

        var kept = await app.Services.GetRequiredService<WaitingNotices>().DueAsync(DateTimeOffset.MaxValue, DateTimeOffset.MaxValue, default);
        Assert.Contains(kept, n => n.ObjectId == member.Id && n.Activity is { } card && card.Contains("Cyber risk for directors", StringComparison.Ordinal));
        Assert.Equal(0, Delivered());
        var notices = app.Services.GetRequiredService<NoticeSender>();
        await FanoutTests.WaitUntilAsync(async () => await notices.SendWaitingAsync(default) > 0 || Delivered() > 0, TimeSpan.FromSeconds(30));
        await notices.SendWaitingAsync(default);
        Assert.Equal(1, Delivered());
    }

    private static async Task DecideAsync(TestApp app, HttpClient ciso, DemoUser member, string title, object decision)
    {
        using var board = app.Http(member.UserPrincipalName);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(title), "title" }, { new StringContent("CBS Executive"), "provider" },
            { new StringContent(DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "date" },
            { new StringContent("3"), "hours" },
        };
        var file = new ByteArrayContent("%PDF-1.7 certificate"u8.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "certificate", "certificate.pdf");
        using var submitted = await board.PostAsync("/api/training/claims", form);
        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        var id = (await submitted.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        using var decided = await ciso.PostAsJsonAsync($"/api/training/claims/{id}/decision", decision);
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
    }

    private static List<string> Texts(FakeConnector connector, DemoUser member) =>
        [.. connector.SentActivities.Where(s => s.ConversationId == ApprovalHarness.ConversationOf(member)).Select(s => s.Activity.ToJsonString(Readable))];
}
