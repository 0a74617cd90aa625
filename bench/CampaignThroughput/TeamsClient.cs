using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Training.Modules;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;

namespace CampaignThroughput;

/// <summary>One posted activity: how long the app took to answer, and whether the answer was the expected one.</summary>
internal sealed record Timed(string UserId, double Milliseconds, bool Ok, string? Failure);

/// <summary>
/// What Teams posts to /api/messages for the bench's users (no token: the app runs in local mode), and concurrent
/// bursts of them: every request is built and buffered first, then all are released at once.
/// </summary>
internal sealed class TeamsClient(HttpClient http, Uri serviceUrl)
{
    /// <summary>The awareness card's Submit (Action.Execute awareness.submit) with every answer right, from the chat the card went to.</summary>
    public JsonObject Submit(string userId, string campaignId, string moduleId)
    {
        var module = AwarenessModules.Find(moduleId, "en")!;
        var data = new JsonObject { ["campaignId"] = campaignId, ["moduleId"] = moduleId };
        foreach (var question in module.Questions)
        {
            data["answer_" + question.Id] = question.CorrectOption.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var invoke = Activity(userId, "invoke", OneOnOne(userId));
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "awareness.submit", ["data"] = data },
            ["trigger"] = "manual",
        };
        return invoke;
    }

    /// <summary>A typed "help" in the user's personal chat: the app answers with a card sent through the connector.</summary>
    public JsonObject Help(string userId)
    {
        var message = Activity(userId, "message", "a:1personal-" + userId);
        message["text"] = "help";
        return message;
    }

    public JsonObject Install(string userId)
    {
        var install = Activity(userId, "installationUpdate", OneOnOne(userId));
        install["action"] = "add";
        return install;
    }

    /// <summary>The conversation id the rate-limiting fake gives a 1:1 chat it created for this user.</summary>
    public static string OneOnOne(string userId) => "a:1on1-" + userId;

    public async Task<List<Timed>> BurstAsync(IReadOnlyList<(string UserId, JsonObject Activity)> activities, bool expectCard)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ready = 0;
        var tasks = activities.Select(a => Task.Run(async () =>
        {
            using var content = JsonContent.Create(a.Activity);
            await content.LoadIntoBufferAsync();
            Interlocked.Increment(ref ready);
            await gate.Task;
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await http.PostAsync("/api/messages", content);
                var body = await response.Content.ReadAsStringAsync();
                watch.Stop();
                var ok = response.IsSuccessStatusCode && (!expectCard || IsCard(body));
                return new Timed(a.UserId, watch.Elapsed.TotalMilliseconds, ok, ok ? null : $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
            }
            catch (HttpRequestException ex)
            {
                return new Timed(a.UserId, watch.Elapsed.TotalMilliseconds, false, ex.Message);
            }
        })).ToList();
        while (Volatile.Read(ref ready) < activities.Count)
        {
            await Task.Delay(10);
        }
        gate.SetResult();
        return [.. await Task.WhenAll(tasks)];
    }

    /// <summary>
    /// The same requests arriving at an even rate instead of all at once (built and buffered first): request i is sent
    /// at i / <paramref name="perSecond"/> seconds, whether or not the earlier ones have been answered.
    /// </summary>
    public async Task<List<Timed>> PacedAsync(IReadOnlyList<(string UserId, JsonObject Activity)> activities, double perSecond, bool expectCard)
    {
        var contents = new List<HttpContent>();
        foreach (var a in activities)
        {
            var content = JsonContent.Create(a.Activity);
            await content.LoadIntoBufferAsync();
            contents.Add(content);
        }
        var clock = Stopwatch.StartNew();
        var tasks = new List<Task<Timed>>();
        for (var i = 0; i < activities.Count; i++)
        {
            var due = TimeSpan.FromSeconds(i / perSecond);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }
            tasks.Add(TimeOneAsync(activities[i].UserId, contents[i], expectCard));
        }
        var results = await Task.WhenAll(tasks);
        contents.ForEach(c => c.Dispose());
        return [.. results];
    }

    private async Task<Timed> TimeOneAsync(string userId, HttpContent content, bool expectCard)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await http.PostAsync("/api/messages", content);
            var body = await response.Content.ReadAsStringAsync();
            var ok = response.IsSuccessStatusCode && (!expectCard || IsCard(body));
            return new Timed(userId, watch.Elapsed.TotalMilliseconds, ok, ok ? null : $"{(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}");
        }
        catch (HttpRequestException ex)
        {
            return new Timed(userId, watch.Elapsed.TotalMilliseconds, false, ex.Message);
        }
    }

    /// <summary>An invoke answered with a card (protocol status 200), not an error body.</summary>
    private static bool IsCard(string body) =>
        JsonNode.Parse(body) is JsonObject o && o["statusCode"]?.GetValue<int>() == 200
        && o["type"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive";

    public async Task PostAsync(JsonObject activity) =>
        (await http.PostAsJsonAsync("/api/messages", activity)).EnsureSuccessStatusCode();

    private JsonObject Activity(string userId, string type, string conversationId) => new()
    {
        ["type"] = type,
        ["id"] = "f:" + Guid.NewGuid().ToString("N"),
        ["serviceUrl"] = serviceUrl.ToString(),
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:" + userId, ["aadObjectId"] = userId },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = DemoDirectory.TenantId },
        ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "M365Nis2" },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = DemoDirectory.TenantId } },
        ["locale"] = "en-US",
    };
}

/// <summary>Nearest-rank percentiles of latencies.</summary>
internal static class Latency
{
    public static double P(IReadOnlyList<Timed> runs, double q)
    {
        var sorted = runs.Select(r => r.Milliseconds).Order().ToList();
        return sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static string Summary(IReadOnlyList<Timed> runs) => FormattableString.Invariant(
        $"p50 {P(runs, 0.50):F1}, p95 {P(runs, 0.95):F1}, p99 {P(runs, 0.99):F1}, max {P(runs, 1):F1}");
}
