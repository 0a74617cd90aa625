using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Approvals;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Reach;
using M365Nis2.Web.Tests.Support;

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
        await using var reach = await BeingInstalled.StartAsync();
        using var app = new TestApp(reach.Settings(new Dictionary<string, string?> { ["Training:DailyJobEnabled"] = "false" }));
        await reach.KnownTenantAsync(app);
        var member = new DemoDirectory(12).BoardMembers.First(m => m.PreferredLanguage.StartsWith("en", StringComparison.Ordinal));
        static bool Decision(string json) => json.Contains("Cyber risk for directors", StringComparison.Ordinal)
            && json.Contains("Your reported course is confirmed", StringComparison.Ordinal);
        using var ciso = app.Http(DemoDirectory.CisoUpn);

        await DecideAsync(app, ciso, member, "Cyber risk for directors", new { decision = "confirm" });

        await reach.AssertKeptThenDeliveredOnceAsync(app, member.Id, Decision);
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
