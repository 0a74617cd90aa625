using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace M365Nis2.Web.Tests.Bot;

/// <summary>A scripted answer the fake connector gives instead of its normal one.</summary>
public sealed record ScriptedResponse(int Status, string Body = "", string? RetryAfter = null);

/// <summary>
/// A Bot Connector-shaped loopback server at {base}/_connector/ (the path the Agents Playground uses): records
/// activities sent to it, answers with ids like the real connector, and can be scripted to fail first.
/// </summary>
public sealed class FakeConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedResponse> script = new();
    private LoopbackServer server = null!;
    private int counter;

    public static async Task<FakeConnector> StartAsync()
    {
        var fake = new FakeConnector();
        fake.server = await LoopbackServer.StartAsync(fake.AnswerAsync);
        return fake;
    }

    public Uri ServiceUrl => new(server.BaseAddress, "/_connector/");

    public IReadOnlyList<RecordedRequest> Requests => [.. server.Requests];

    /// <summary>Activities posted to conversations (send or reply), with the conversation id from the path.</summary>
    public IReadOnlyList<(string ConversationId, JsonNode Activity)> SentActivities =>
    [
        .. Requests.Where(r => r.Method == "POST" && r.Path.Contains("/activities", StringComparison.Ordinal))
            .Select(r => (Uri.UnescapeDataString(r.Path.Split('/')[4]), JsonNode.Parse(r.Body)!)),
    ];

    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var r in responses)
        {
            script.Enqueue(r);
        }
    }

    private async Task AnswerAsync(HttpContext context, RecordedRequest request)
    {
        if (script.TryDequeue(out var scripted))
        {
            context.Response.StatusCode = scripted.Status;
            if (scripted.RetryAfter is not null)
            {
                context.Response.Headers.RetryAfter = scripted.RetryAfter;
            }
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(scripted.Body);
            return;
        }
        var n = Interlocked.Increment(ref counter);
        object answer = request.Path.EndsWith("/v3/conversations", StringComparison.Ordinal)
            ? new { id = $"a:created-conversation-{n}" }
            : new { id = $"1:activity-{n}" };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(answer));
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
