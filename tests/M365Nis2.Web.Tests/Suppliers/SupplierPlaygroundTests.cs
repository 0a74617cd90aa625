using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Support;
using static M365Nis2.Web.Tests.Suppliers.SupplierTestApp;

namespace M365Nis2.Web.Tests.Suppliers;

/// <summary>The real Agents Playground as the supplier's internal owner: the questionnaire card arrives, the answers are recorded.</summary>
public class SupplierPlaygroundTests
{
    [Fact]
    public async Task Assessment_card_sent_from_the_api_is_answered_in_the_playground_and_the_findings_are_recorded()
    {
        using var app = new TestApp();
        await using var playground = await AgentsPlayground.StartAsync(new Uri(app.BaseAddress, "/api/messages"), Employee);
        await playground.InstallAsync();
        await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m) is not null); // welcome

        using var ciso = app.Http(Ciso);
        var created = await ciso.PostAsJsonAsync("/api/suppliers", Msp());
        var id = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
        var sent = await ciso.PostAsync($"/api/suppliers/{id}/assessments", null);
        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        Assert.Equal("sent", (await sent.Content.ReadFromJsonAsync<JsonObject>())!["status"]!.GetValue<string>());

        var message = await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m)?.ToJsonString().Contains("supplier.assessment.submit", StringComparison.Ordinal) == true);
        var card = AgentsPlayground.CardOf(message)!;
        var submit = card["actions"]!.AsArray().Single()!;
        var data = (JsonObject)submit["data"]!.DeepClone();
        // What the owner picks in the card's inputs: "No" on MFA for the supplier's staff, "Yes" everywhere else.
        foreach (var input in card["body"]!.AsArray().Where(e => e!["type"]?.GetValue<string>() == "Input.ChoiceSet"))
        {
            var inputId = input!["id"]!.GetValue<string>();
            data[inputId] = inputId == "q_mfa" ? "no" : "yes";
        }

        var invoke = await playground.ExecuteAsync(message["messageId"]!.ToString(), "supplier.assessment.submit", data);

        Assert.Equal("application/vnd.microsoft.card.adaptive", invoke["type"]!.GetValue<string>());
        var fallback = invoke["value"]?["fallbackText"]?.GetValue<string>() ?? "";
        // Mads prefers Danish in Entra: the questionnaire and the receipt are in Danish.
        Assert.True(fallback.Contains("NordIT Drift A/S er registreret", StringComparison.Ordinal), invoke.ToJsonString());
        var page = (await ciso.GetFromJsonAsync<JsonObject>($"/api/suppliers/{id}"))!;
        Assert.Equal("completed", page["assessments"]![0]!["status"]!.GetValue<string>());
        var finding = Assert.Single(page["findings"]!.AsArray())!;
        Assert.Equal(("high", "mfa"), (finding["severity"]!.GetValue<string>(), finding["questionId"]!.GetValue<string>()));
        Assert.Empty(playground.ErrorsInLog());
    }
}
