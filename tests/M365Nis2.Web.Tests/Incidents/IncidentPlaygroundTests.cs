using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Incidents;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Incidents;

/// <summary>The real Agents Playground as the Teams client: report an incident from chat.</summary>
public class IncidentPlaygroundTests
{
    [Fact]
    public async Task Incident_command_form_submit_creates_the_incident_and_answers_with_its_timeline_card()
    {
        using var app = new TestApp();
        await using var playground = await AgentsPlayground.StartAsync(new Uri(app.BaseAddress, "/api/messages"));

        await playground.SendTextAsync("incident");
        var formMessage = await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m) is not null);
        var form = AgentsPlayground.CardOf(formMessage)!;
        var submit = form["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.Execute")!;
        Assert.Equal("incident.report", submit["verb"]!.GetValue<string>());
        var inputIds = Inputs(form).ToList();
        Assert.Contains("whatHappened", inputIds);
        Assert.Contains("detectedTime", inputIds);

        var detected = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddHours(-1), IncidentDeadlines.Copenhagen);
        var data = (JsonObject)submit["data"]!.DeepClone();
        data["whatHappened"] = "Ransomware note found on the file server in Aarhus";
        data["detectedDate"] = detected.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        data["detectedTime"] = detected.ToString("HH:mm", CultureInfo.InvariantCulture);
        data["servicesAffected"] = "File server Aarhus";
        data["usersAffected"] = "35";
        data["usersAffectedIsEstimate"] = "true";
        data["suspectedCause"] = "malicious";
        data["crossBorder"] = "no";
        var response = await playground.ExecuteAsync(formMessage["messageId"]!.ToString(), "incident.report", data);

        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        var timeline = response["value"]!.ToJsonString();
        Assert.Contains("Ransomware note found", timeline, StringComparison.Ordinal);
        Assert.Contains("awaiting CISO classification", timeline, StringComparison.Ordinal);
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var incidents = (await ciso.GetFromJsonAsync<JsonArray>(new Uri("/api/incidents", UriKind.Relative)))!;
        var incident = Assert.Single(incidents)!;
        Assert.Equal("suspected", incident["status"]!.GetValue<string>());
        Assert.Equal("Ransomware note found on the file server in Aarhus", incident["summary"]!.GetValue<string>());
        Assert.Empty(playground.ErrorsInLog());
    }

    private static IEnumerable<string> Inputs(JsonNode node) => node switch
    {
        JsonObject o => (o["type"]?.GetValue<string>().StartsWith("Input.", StringComparison.Ordinal) == true ? [o["id"]!.GetValue<string>()] : Enumerable.Empty<string>())
            .Concat(o.SelectMany(p => p.Value is null ? [] : Inputs(p.Value))),
        JsonArray a => a.SelectMany(n => n is null ? [] : Inputs(n)),
        _ => [],
    };
}
