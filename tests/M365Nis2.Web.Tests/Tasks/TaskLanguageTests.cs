using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Acknowledgements;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Tasks;

/// <summary>A refused task operation in the reader's language: the card in the clicker's locale, the API with code and Danish detail.</summary>
public sealed class TaskLanguageTests : IDisposable
{
    private static readonly DemoUser Owner = new DemoDirectory().ItAdmins[0];
    private readonly TestApp app = new(new Dictionary<string, string?> { ["Tasks:JobEnabled"] = "false" });

    public void Dispose() => app.Dispose();

    private async Task<string> CreateAsync()
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        var response = await ciso.PostAsJsonAsync(new Uri("/api/tasks", UriKind.Relative), new
        {
            title = "Review firewall rules", ownerUpn = Owner.UserPrincipalName, measures = new[] { "art21.2.e" },
            dueDate = DateTime.UtcNow.AddDays(20).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>();
    }

    [Theory]
    [InlineData("da-DK", "Tilføj en kommentar eller en fil, der viser, at arbejdet er gjort.")]
    [InlineData("en-US", "Add a comment or a file that shows the work is done.")]
    public async Task Done_without_a_comment_on_the_card_is_refused_in_the_clickers_language(string locale, string expected)
    {
        var id = await CreateAsync();
        await using var connector = await FakeConnector.StartAsync();

        var body = await AckHarness.ExecuteAsync(app, connector.ServiceUrl, Owner, "task.complete", new JsonObject { ["taskId"] = id }, locale);

        Assert.Equal(expected, body["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_owner_card_opens_the_task_in_the_tab_in_teams_labelled_with_its_title()
    {
        var id = await CreateAsync();
        await using var connector = await FakeConnector.StartAsync();

        var card = (await AckHarness.ExecuteAsync(app, connector.ServiceUrl, Owner, "task.refresh", new JsonObject { ["taskId"] = id }, "da-DK"))["value"]!;

        var open = card["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl")!["url"]!.GetValue<string>();
        Assert.Equal("Review firewall rules", TabDeepLink.AssertOpens(open, $"/tab/tasks/{id}"));
    }

    [Fact]
    public async Task The_api_refusal_keeps_its_english_detail_and_adds_the_code_and_the_danish_text()
    {
        var id = await CreateAsync();
        using var http = app.Http(Owner.UserPrincipalName);

        var response = await http.PutAsJsonAsync(new Uri($"/api/tasks/{id}", UriKind.Relative), new { action = "request-extension", dueDate = "2020-01-01", reason = "busy" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.StartsWith("The new date must be after the current due date ", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("task.extend.early", problem["code"]!.GetValue<string>());
        Assert.StartsWith("Den nye dato skal ligge efter den nuværende frist ", problem["detailDa"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
