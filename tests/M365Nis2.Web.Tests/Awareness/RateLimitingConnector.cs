using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Support;
using Microsoft.AspNetCore.Http;

namespace M365Nis2.Web.Tests.Awareness;

/// <summary>
/// A Bot Connector-shaped loopback fake that enforces Teams' limits with 429 + Retry-After: per tenant (every call,
/// sliding one-second window) and per conversation (7/1 s, 8/2 s, 60/30 s, 1800/h for sends). It creates 1:1
/// conversations with ids derived from the user ("a:1on1-{user}") and counts accepted sends per user.
/// </summary>
public sealed class RateLimitingConnector : IAsyncDisposable
{
    private static readonly (int Max, TimeSpan Window)[] PerThread =
        [(7, TimeSpan.FromSeconds(1)), (8, TimeSpan.FromSeconds(2)), (60, TimeSpan.FromSeconds(30)), (1800, TimeSpan.FromHours(1))];

    private readonly Lock gate = new();
    private readonly Queue<long> tenantCalls = new();
    private readonly Dictionary<string, List<long>> threadCalls = [];
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly int tenantPerSecond;
    private LoopbackServer server = null!;
    private int throttled;
    private int accepted;
    private int counter;

    private RateLimitingConnector(int tenantPerSecond) => this.tenantPerSecond = tenantPerSecond;

    public static async Task<RateLimitingConnector> StartAsync(int tenantPerSecond = 50)
    {
        var fake = new RateLimitingConnector(tenantPerSecond);
        fake.server = await LoopbackServer.StartAsync(fake.AnswerAsync);
        return fake;
    }

    public Uri ServiceUrl => new(server.BaseAddress, "/_connector/");

    /// <summary>Accepted activity sends per user (from conversation ids "a:1on1-{user}").</summary>
    public ConcurrentDictionary<string, int> SendsPerUser { get; } = new();

    public ConcurrentDictionary<string, int> CreatesPerUser { get; } = new();

    /// <summary>Accepted activities per user, in order (1:1 conversations created here, "a:1on1-{user}", or installed ones, "a:1personal-{user}").</summary>
    public ConcurrentDictionary<string, ConcurrentQueue<JsonNode>> ActivitiesPerUser { get; } = new();

    public int Throttled => Volatile.Read(ref throttled);

    /// <summary>
    /// As Teams does for a user who does not have the app: creating a 1:1 conversation answers 403 (the bot is not in the
    /// user's roster). Conversations that arrive with the installation event ("a:1personal-{user}") still take sends.
    /// </summary>
    public bool RefuseCreates { get; set; }

    /// <summary>
    /// Users whose conversations answer every send with 503 and "Retry-After: 0" (the connector failing for them, so the
    /// bot's retries run out at once): a notice to them is not reached, for another reason than an installation.
    /// </summary>
    public ConcurrentDictionary<string, bool> FailingUsers { get; } = new();

    /// <summary>Calls admitted (every kind: creates, sends, updates), i.e. what counted against the tenant limit.</summary>
    public int Accepted => Volatile.Read(ref accepted);

    /// <summary>Accepted calls in the busiest one-second window seen (must stay at or under the tenant limit).</summary>
    public int PeakPerSecond { get; private set; }

    private async Task AnswerAsync(HttpContext context, RecordedRequest request)
    {
        var segments = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries); // _connector v3 conversations {id} activities
        var isCreate = request.Method == "POST" && segments.Length == 3 && segments[2] == "conversations";
        var conversationId = segments.Length >= 4 ? Uri.UnescapeDataString(segments[3]) : null;
        var isSend = request.Method == "POST" && segments.Length >= 5 && segments[4] == "activities";
        if (!TryAdmit(isSend ? conversationId : null))
        {
            Interlocked.Increment(ref throttled);
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "1";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"error":{"code":"Throttled","message":"Too many requests"}}""");
            return;
        }
        object answer;
        if (isSend && UserOf(conversationId!) is { } failing && FailingUsers.ContainsKey(failing))
        {
            context.Response.StatusCode = 503;
            context.Response.Headers.RetryAfter = "0";
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"error":{"code":"ServiceUnavailable","message":"Service unavailable"}}""");
            return;
        }
        if (isCreate && RefuseCreates)
        {
            var user = JsonNode.Parse(request.Body)!["members"]![0]!["id"]!.GetValue<string>();
            CreatesPerUser.AddOrUpdate(user, 1, (_, n) => n + 1);
            context.Response.StatusCode = 403;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("""{"error":{"code":"BotNotInConversationRoster","message":"The bot is not part of the conversation roster."}}""");
            return;
        }
        if (isCreate)
        {
            var user = JsonNode.Parse(request.Body)!["members"]![0]!["id"]!.GetValue<string>();
            CreatesPerUser.AddOrUpdate(user, 1, (_, n) => n + 1);
            answer = new { id = "a:1on1-" + user };
        }
        else
        {
            if (isSend && conversationId!.StartsWith("a:1on1-", StringComparison.Ordinal))
            {
                SendsPerUser.AddOrUpdate(conversationId["a:1on1-".Length..], 1, (_, n) => n + 1);
            }
            if (isSend && UserOf(conversationId!) is { } user && JsonNode.Parse(request.Body) is { } activity)
            {
                ActivitiesPerUser.GetOrAdd(user, _ => new()).Enqueue(activity);
            }
            answer = new { id = "1:activity-" + Interlocked.Increment(ref counter) };
        }
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(answer));
    }

    private static string? UserOf(string conversationId) =>
        conversationId.StartsWith("a:1on1-", StringComparison.Ordinal) ? conversationId["a:1on1-".Length..]
        : conversationId.StartsWith("a:1personal-", StringComparison.Ordinal) ? conversationId["a:1personal-".Length..]
        : null;

    private bool TryAdmit(string? conversationId)
    {
        lock (gate)
        {
            var now = clock.ElapsedTicks;
            var second = Stopwatch.Frequency;
            while (tenantCalls.Count > 0 && now - tenantCalls.Peek() >= second)
            {
                tenantCalls.Dequeue();
            }
            if (tenantCalls.Count >= tenantPerSecond)
            {
                return false;
            }
            if (conversationId is not null)
            {
                var calls = threadCalls.TryGetValue(conversationId, out var list) ? list : threadCalls[conversationId] = [];
                foreach (var (max, window) in PerThread)
                {
                    var since = now - (long)(window.TotalSeconds * second);
                    if (calls.Count(t => t > since) >= max)
                    {
                        return false;
                    }
                }
                calls.Add(now);
            }
            tenantCalls.Enqueue(now);
            accepted++;
            PeakPerSecond = Math.Max(PeakPerSecond, tenantCalls.Count);
            return true;
        }
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
