using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Bot;
using static M365Nis2.Web.Tests.Incidents.IncidentTestApp;

namespace M365Nis2.Web.Tests.Incidents;

/// <summary>The bot side against the loopback connector: an employee reports from chat, the CISO is told.</summary>
public class IncidentBotTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Employee_reports_from_chat_once_per_form_and_the_CISO_is_told_in_chat()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var t = new IncidentTestApp(Start);
        var cisoInstall = BotActivities.Install(connector.ServiceUrl).Unique(out _, out var cisoConversation);
        cisoInstall["from"]!["aadObjectId"] = new DemoDirectory(0).Ciso.Id;
        await t.App.PostActivityAsync(cisoInstall);
        var employeeId = new DemoDirectory(1).Users.Single(u => u.UserPrincipalName == Employee).Id;
        var data = new JsonObject
        {
            ["formId"] = "f0rm1",
            ["whatHappened"] = "Phishing mail with a fake invoice clicked by several colleagues",
            ["detectedDate"] = "2026-10-25",
            ["detectedTime"] = "02:30", // the repeated hour when summer time ends: read as the earlier instant
            ["usersAffected"] = "4",
            ["suspectedCause"] = "malicious",
            ["crossBorder"] = "no",
        };

        async Task<JsonObject> SubmitAsync()
        {
            var invoke = BotActivities.Execute(connector.ServiceUrl, "incident.report", (JsonObject)data.DeepClone()).Unique(out _, out _);
            invoke["from"]!["aadObjectId"] = employeeId;
            var response = await t.App.PostActivityAsync(invoke);
            return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        }
        var first = await SubmitAsync();
        var second = await SubmitAsync();

        Assert.Equal(200, first["statusCode"]!.GetValue<int>());
        Assert.Equal("application/vnd.microsoft.card.adaptive", first["type"]!.GetValue<string>());
        Assert.Equal(first["value"]!.ToJsonString(), second["value"]!.ToJsonString());
        using var ciso = t.As(Ciso);
        var incident = Assert.Single((await ciso.GetFromJsonAsync<JsonArray>(U("/api/incidents")))!)!;
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), incident["awareAt"]!.GetValue<DateTimeOffset>().ToUniversalTime());
        Assert.Single(connector.SentActivities, a => a.ConversationId == cisoConversation
            && a.Activity.ToJsonString().Contains("New incident reported by", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Form_with_an_unreadable_time_is_a_400_invoke_and_stores_nothing()
    {
        await using var connector = await FakeConnector.StartAsync();
        using var t = new IncidentTestApp(Start);
        var invoke = BotActivities.Execute(connector.ServiceUrl, "incident.report",
            new JsonObject { ["whatHappened"] = "Server room flooded", ["detectedDate"] = "2026-10-25", ["detectedTime"] = "25:99" }).Unique(out _, out _);

        var body = (await (await t.App.PostActivityAsync(invoke)).Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(400, body["statusCode"]!.GetValue<int>());
        Assert.Contains("time", body["value"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        using var ciso = t.As(Ciso);
        Assert.Empty((await ciso.GetFromJsonAsync<JsonArray>(U("/api/incidents")))!);
    }
}
