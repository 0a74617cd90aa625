using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Approvals;

/// <summary>Uploads, rounds and Teams-shaped votes against a running test app and the loopback fake connector.</summary>
public static class ApprovalHarness
{
    public const string Ciso = DemoDirectory.CisoUpn;
    public static readonly DemoDirectory Demo = new();

    public static byte[] Markdown(string text) => Encoding.UTF8.GetBytes("# " + text + "\n\nThe board approves this policy.\n");

    public static async Task<HttpResponseMessage> UploadAsync(TestApp app, string policyKey, byte[] content, string contentType = "text/markdown",
        string fileName = "policy.md", string? controlIds = "art21.2.a,art21.2.b", string? user = Ciso)
    {
        using var http = app.Http(user);
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        form.Add(new StringContent(policyKey), "policyKey");
        form.Add(new StringContent(policyKey), "title");
        if (controlIds is not null)
        {
            form.Add(new StringContent(controlIds), "controlIds");
        }
        form.Add(new StringContent("Mette Holm"), "owner");
        form.Add(new StringContent("12"), "reviewPeriodMonths");
        return await http.PostAsync(new Uri("/api/policies", UriKind.Relative), form);
    }

    /// <summary>Uploads a Markdown version and returns (policyId, version, sha256).</summary>
    public static async Task<(string PolicyId, int Version, string Sha256)> UploadOkAsync(TestApp app, string policyKey, string? text = null)
    {
        using var response = await UploadAsync(app, policyKey, Markdown(text ?? policyKey + " " + Guid.NewGuid()));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        var json = JsonNode.Parse(body)!;
        return (json["policy"]!["policyId"]!.GetValue<string>(), json["version"]!["version"]!.GetValue<int>(), json["version"]!["sha256"]!.GetValue<string>());
    }

    public static async Task<(HttpResponseMessage Response, JsonNode? Body)> StartAsync(TestApp app, JsonObject request)
    {
        using var http = app.Http(Ciso);
        var response = await http.PostAsJsonAsync(new Uri("/api/approvals", UriKind.Relative), request);
        var text = await response.Content.ReadAsStringAsync();
        return (response, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    public static async Task<JsonNode> GetRoundAsync(TestApp app, string roundId)
    {
        using var http = app.Http(Ciso);
        return JsonNode.Parse(await http.GetStringAsync(new Uri($"/api/approvals/{roundId}", UriKind.Relative)))!;
    }

    /// <summary>Polls until <paramref name="done"/> holds (background work: card updates, decision record); fails after 30 s.</summary>
    public static async Task<JsonNode> WaitForRoundAsync(TestApp app, string roundId, Func<JsonNode, bool> done)
    {
        for (var i = 0; ; i++)
        {
            var round = await GetRoundAsync(app, roundId);
            if (done(round))
            {
                return round;
            }
            Assert.True(i < 300, "round never reached the expected state: " + round.ToJsonString());
            await Task.Delay(100);
        }
    }

    public static string ConversationOf(DemoUser user) => "a:1personal-" + user.Id;

    public static string TeamsIdOf(DemoUser user) => "29:1" + user.Id[..8];

    /// <summary>The user installs the app in their personal chat: the bot stores the reference (and welcomes them).</summary>
    public static async Task InstallAsync(TestApp app, FakeConnector connector, DemoUser user)
    {
        var activity = Activity(connector.ServiceUrl, user, "installationUpdate");
        activity["action"] = "add";
        using var response = await app.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode);
    }

    /// <summary>The user clicks Approve/Reject on their card; returns the invoke response body.</summary>
    public static async Task<JsonNode> VoteAsync(TestApp app, FakeConnector connector, DemoUser user, string roundId, string choice, string hash, string? comment = null)
    {
        var data = new JsonObject { ["roundId"] = roundId, ["choice"] = choice, ["documentHash"] = hash };
        if (comment is not null)
        {
            data["comment"] = comment;
        }
        var activity = Activity(connector.ServiceUrl, user, "invoke");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "1:card";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "approval.vote", ["data"] = data },
            ["trigger"] = "manual",
        };
        using var response = await app.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    public static JsonObject Activity(Uri serviceUrl, DemoUser user, string type) => new()
    {
        ["type"] = type,
        ["id"] = "f:" + Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-03-02T09:15:00.000Z",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = TeamsIdOf(user), ["name"] = user.DisplayName, ["aadObjectId"] = user.Id },
        ["conversation"] = new JsonObject { ["id"] = ConversationOf(user), ["conversationType"] = "personal", ["tenantId"] = FakeBotIssuer.TenantId },
        ["recipient"] = new JsonObject { ["id"] = BotActivities.BotId, ["name"] = "M365Nis2" },
        ["locale"] = user.PreferredLanguage,
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = FakeBotIssuer.TenantId } },
    };

    public static JsonObject Round(string policyId, int version, object? quorum = null, string[]? approverIds = null, DateTimeOffset? dueAt = null)
    {
        var request = new JsonObject
        {
            ["policyId"] = policyId,
            ["version"] = version,
            ["quorum"] = quorum switch { null => "majority", string s => s, int n => new JsonObject { ["n"] = n }, _ => null },
            ["dueAt"] = (dueAt ?? DateTimeOffset.UtcNow.AddDays(7)).ToString("O"),
        };
        if (approverIds is not null)
        {
            request["approverIds"] = new JsonArray([.. approverIds.Select(id => (JsonNode)id)]);
        }
        return request;
    }
}
