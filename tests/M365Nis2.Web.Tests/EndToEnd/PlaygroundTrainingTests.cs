using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Training.Modules;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.EndToEnd;

/// <summary>The training command and an awareness prompt answered inside the card, in the real Agents Playground.</summary>
public class PlaygroundTrainingTests
{
    [Fact]
    public async Task Board_member_gets_a_training_card_and_completes_an_awareness_prompt_inside_the_card()
    {
        var member = new DemoDirectory().BoardMembers[1]; // Birgitte Lund, preferredLanguage da-DK
        using var app = new TestApp(new Dictionary<string, string?> { ["Awareness:PollInterval"] = "00:00:00.200", ["Training:DailyJobEnabled"] = "false" });
        await using var playground = await AgentsPlayground.StartAsync(new Uri(app.BaseAddress, "/api/messages"), member.UserPrincipalName);
        await playground.InstallAsync();
        await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m) is not null); // welcome

        await playground.SendTextAsync("training");
        var status = AgentsPlayground.CardOf(await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m) is not null))!;
        Assert.Contains("Art. 20(2)", status.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("Never trained", status.ToJsonString(), StringComparison.Ordinal);

        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var launch = await ciso.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = "phishing", recipientIds = new[] { member.Id } });
        var campaignId = (await launch.Content.ReadFromJsonAsync<JsonObject>())!["campaignId"]!.GetValue<string>();
        var prompt = await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m)?.ToJsonString().Contains("awareness.submit", StringComparison.Ordinal) == true);
        var card = AgentsPlayground.CardOf(prompt)!;
        var danish = AwarenessModules.Find("phishing", "da")!;
        Assert.Contains(danish.Title, card.ToJsonString(), StringComparison.Ordinal);
        var submit = card["actions"]!.AsArray().Single()!;
        var data = (JsonObject)submit["data"]!.DeepClone();
        var inputs = card["body"]!.AsArray().Where(e => e!["type"]!.GetValue<string>() == "Input.ChoiceSet").ToList();
        Assert.Equal(danish.Questions.Count, inputs.Count);
        foreach (var q in danish.Questions)
        {
            data["answer_" + q.Id] = q.CorrectOption.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var response = await playground.ExecuteAsync(prompt["messageId"]!.ToString(), submit["verb"]!.GetValue<string>(), (JsonObject)data.DeepClone());

        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        Assert.Contains("100", response["value"]!.ToJsonString(), StringComparison.Ordinal);
        JsonObject counts = [];
        await FanoutTests.WaitUntilAsync(async () =>
        {
            counts = (await ciso.GetFromJsonAsync<JsonObject>($"/api/awareness/campaigns/{campaignId}"))!;
            return counts["completed"]!.GetValue<int>() == 1;
        }, TimeSpan.FromSeconds(20));
        Assert.Equal(1, counts["passed"]!.GetValue<int>());

        // A second submit with other answers changes nothing.
        data["answer_" + danish.Questions[0].Id] = "2";
        var again = await playground.ExecuteAsync(prompt["messageId"]!.ToString(), "awareness.submit", data);
        Assert.Contains("100", again["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, (await ciso.GetFromJsonAsync<JsonObject>($"/api/awareness/campaigns/{campaignId}"))!["passed"]!.GetValue<int>());
        Assert.Empty(playground.ErrorsInLog());
    }
}
