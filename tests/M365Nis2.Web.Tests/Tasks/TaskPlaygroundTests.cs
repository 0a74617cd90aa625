using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Tasks;

/// <summary>The real Agents Playground as the owner's Teams client: the task card arrives and Done is recorded from it.</summary>
public class TaskPlaygroundTests
{
    [Fact]
    public async Task The_owner_completes_a_task_from_the_card_with_a_comment()
    {
        var owner = new DemoDirectory().ItAdmins[0];
        using var app = new TestApp(new Dictionary<string, string?> { ["Tasks:JobEnabled"] = "true", ["Tasks:PollInterval"] = "00:00:00.200" });
        await using var playground = await AgentsPlayground.StartAsync(new Uri(app.BaseAddress, "/api/messages"), owner.UserPrincipalName);
        await playground.InstallAsync();
        await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m) is not null); // welcome
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var created = await ciso.PostAsJsonAsync("/api/tasks", new
        {
            title = "Remove the shared admin account", ownerUpn = owner.UserPrincipalName, dueDate = DateTime.UtcNow.AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            measures = new[] { "art21.2.i" },
        });
        var taskId = (await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();

        var message = await playground.NextMessageAsync(m => AgentsPlayground.CardOf(m)?.ToJsonString().Contains(taskId, StringComparison.Ordinal) == true);
        var card = AgentsPlayground.CardOf(message)!;
        Assert.Contains("Remove the shared admin account", card.ToJsonString(), StringComparison.Ordinal);
        var done = card["actions"]!.AsArray().First(a => a!["verb"]?.GetValue<string>() == "task.complete")!;
        var data = (JsonObject)done["data"]!.DeepClone();

        var empty = await playground.ExecuteAsync(message["messageId"]!.ToString(), "task.complete", (JsonObject)data.DeepClone());
        Assert.Contains("Add a comment or a file", empty["value"]!.ToJsonString(), StringComparison.Ordinal);

        data["comment"] = "Account disabled and removed from all groups.";
        var response = await playground.ExecuteAsync(message["messageId"]!.ToString(), "task.complete", data);

        Assert.Equal("application/vnd.microsoft.card.adaptive", response["type"]!.GetValue<string>());
        Assert.DoesNotContain("task.complete", response["value"]!.ToJsonString(), StringComparison.Ordinal);
        var detail = (await ciso.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}"))!;
        Assert.Equal("Done", detail["task"]!["state"]!.GetValue<string>());
        Assert.Equal(owner.Id, detail["task"]!["closedBy"]!.GetValue<string>());
        Assert.Contains(detail["history"]!.AsArray(), h => h!["text"]?.GetValue<string>() == "Account disabled and removed from all groups.");
        await FanoutTests.WaitUntilAsync(async () => (await ciso.GetFromJsonAsync<JsonObject>($"/api/tasks/{taskId}"))!["task"]!["cardState"]!.GetValue<string>() == "Sent",
            TimeSpan.FromSeconds(10));
        Assert.Empty(playground.ErrorsInLog());
    }
}
