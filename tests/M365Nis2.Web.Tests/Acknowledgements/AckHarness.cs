using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Approvals;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Approvals;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Acknowledgements;

/// <summary>Approved policy versions, card clicks and progress reads against a running test app.</summary>
public static class AckHarness
{
    public const string Verb = "policy.acknowledge";

    /// <summary>Uploads a version and tells the acknowledgement feature it was approved, as the decision recorder does.</summary>
    public static async Task<(string PolicyId, int Version, string Sha256)> ApprovedAsync(TestApp app, string title)
    {
        var (policyId, version, sha) = await ApprovalHarness.UploadOkAsync(app, title);
        foreach (var listener in app.Services.GetServices<IPolicyApprovalListener>())
        {
            await listener.OnApprovedAsync(new PolicyVersionApproved(policyId, title, version, sha, "text/markdown", "policy.md", ["art21.2.a"],
                DateTimeOffset.UtcNow, "round-" + Guid.NewGuid().ToString("N")[..8], new string('a', 64)), default);
        }
        return (policyId, version, sha);
    }

    /// <summary>Uploads a version and has three board members approve it on their cards: a real round with a signed decision.</summary>
    public static async Task<(string PolicyId, int Version, string Sha256)> ApprovedByBoardAsync(TestApp app, Uri serviceUrl, string title)
    {
        var (policyId, version, sha) = await ApprovalHarness.UploadOkAsync(app, title);
        var (started, round) = await ApprovalHarness.StartAsync(app, ApprovalHarness.Round(policyId, version));
        Assert.Equal(System.Net.HttpStatusCode.Created, started.StatusCode);
        var roundId = round!["round"]!["roundId"]!.GetValue<string>();
        foreach (var member in new DemoDirectory().BoardMembers.Take(3))
            await ExecuteAsync(app, serviceUrl, member, "approval.vote", new JsonObject { ["roundId"] = roundId, ["choice"] = "approve", ["documentHash"] = sha });
        await ApprovalHarness.WaitForRoundAsync(app, roundId, r => r["decisionArtefactId"] is not null);
        return (policyId, version, sha);
    }

    public static string ProgressPath(string policyId, int version) => $"/api/policies/{policyId}/versions/{version}/acknowledgements";

    /// <summary>Waits until the version's campaign is open and nothing is left to send; returns its progress as the CISO reads it.</summary>
    public static async Task<JsonObject> WaitUntilSentAsync(TestApp app, string policyId, int version, TimeSpan timeout)
    {
        using var ciso = app.Http(DemoDirectory.CisoUpn);
        JsonObject progress = [];
        var last = "";
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            using var response = await ciso.GetAsync(new Uri(ProgressPath(policyId, version), UriKind.Relative));
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            if (response.IsSuccessStatusCode)
            {
                progress = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
                if (progress["state"]!.GetValue<string>() == "Open" && progress["pending"]!.GetValue<int>() == 0 && progress["sending"]!.GetValue<int>() == 0)
                {
                    return progress;
                }
            }
            Assert.True(DateTime.UtcNow < deadline, $"{policyId} v{version} not sent in time; last answer: {last}");
            await Task.Delay(100);
        }
    }

    /// <summary>The person clicks a card button (Action.Execute) in their 1:1 chat; returns the invoke response body.</summary>
    public static async Task<JsonNode> ExecuteAsync(TestApp app, Uri serviceUrl, DemoUser user, string verb, JsonObject data)
    {
        var activity = ApprovalHarness.Activity(serviceUrl, user, "invoke");
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "1:card";
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        using var response = await app.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>The acknowledgement cards a connector fake received for one person.</summary>
    public static IReadOnlyList<JsonNode> AckCards(RateLimitingConnector connector, string objectId) =>
        connector.ActivitiesPerUser.TryGetValue(objectId, out var sent)
            ? [.. sent.Select(a => a["attachments"]?[0]?["content"]).OfType<JsonNode>().Where(c => c.ToJsonString().Contains(Verb, StringComparison.Ordinal))]
            : [];

    public static JsonObject DataOf(JsonNode card) =>
        (JsonObject)card["actions"]!.AsArray().Single(a => a!["verb"]?.GetValue<string>() == Verb)!["data"]!.DeepClone();
}
