using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace M365Nis2.Web.Infrastructure.Graph.DemoTenant;

/// <summary>
/// The demo tenant served as Graph v1.0 on loopback (its own small Kestrel), so the real Graph SDK — paging, retries,
/// error handling — runs exactly as against graph.microsoft.com. Used by the app when <c>Graph:Auth=Demo</c>, by tests
/// (with fault injection) and by benchmarks (with the reports throttle on and up to 100 000 employees).
/// </summary>
public sealed class DemoGraphServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<string, int> requests = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Queue<DateTimeOffset>> windows = new(StringComparer.Ordinal);
    private readonly Lock throttleGate = new();
    private int throttled;
    private int teamsActivities;

    private DemoGraphApi api = null!;

    private DemoGraphServer(WebApplication app, DemoGraphServerOptions options, DemoDirectory directory)
    {
        this.app = app;
        Options = options;
        Directory = directory;
    }

    /// <summary><c>http://127.0.0.1:PORT/v1.0</c>: the base URL to give <c>GraphServiceClient</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The demo's Teams connector sink (<c>http://127.0.0.1:PORT/_teams/</c>): accepts every send, counts them.</summary>
    public Uri TeamsServiceUrl => new(BaseUrl, "/_teams/");

    /// <summary>Requests to install the app for a user (<c>POST /users/{id}/teamwork/installedApps</c>), per user id, whatever the answer.</summary>
    public IReadOnlyDictionary<string, int> InstallRequests => api.InstallRequests;

    /// <summary>Calls the Teams sink answered (conversations created, activities sent or updated).</summary>
    public int TeamsActivities => Volatile.Read(ref teamsActivities);

    public DemoGraphServerOptions Options { get; }

    public DemoDirectory Directory { get; }

    public DemoGraphFaults Faults { get; } = new();

    /// <summary>429s the throttle simulation has answered.</summary>
    public int ThrottledCount => Volatile.Read(ref throttled);

    /// <summary>Requests received (including faulted and throttled ones) whose path after /v1.0 starts with the prefix.</summary>
    public int RequestCount(string pathPrefix = "/") =>
        requests.Where(kv => kv.Key.StartsWith(pathPrefix, StringComparison.OrdinalIgnoreCase)).Sum(kv => kv.Value);

    public static async Task<DemoGraphServer> StartAsync(DemoGraphServerOptions? options = null, CancellationToken ct = default)
    {
        options ??= new DemoGraphServerOptions();
        var directory = new DemoDirectory(options.Employees, options.UnregisteredEvery);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(IPAddress.Loopback, options.Port));
        var app = builder.Build();
        var server = new DemoGraphServer(app, options, directory);
        var api = server.api = new DemoGraphApi(directory, options);
        app.Run(ctx => server.HandleAsync(ctx, api));
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal)), "/v1.0");
        return server;
    }

    private async Task HandleAsync(HttpContext ctx, DemoGraphApi api)
    {
        if (ctx.Request.Path.StartsWithSegments("/_teams", out var connectorPath))
        {
            await TeamsSinkAsync(ctx, connectorPath.Value ?? "/");
            return;
        }
        if (!ctx.Request.Path.StartsWithSegments("/v1.0", out var rest))
        {
            await DemoGraphApi.Error(ctx, 404, "BadRequest", "Invalid version: only v1.0 is served by the demo tenant.");
            return;
        }
        var path = rest.Value ?? "/";
        requests.AddOrUpdate(path, 1, (_, n) => n + 1);

        var fault = Faults.TakeFor(path) ?? Throttle(path, ctx.Request.Query["$select"].ToString());
        if (fault is not null)
        {
            if (fault.RetryAfter is { } retryAfter)
            {
                ctx.Response.Headers.RetryAfter = Math.Max(0, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            }
            await DemoGraphApi.Error(ctx, fault.Status, fault.Code, fault.Message);
            return;
        }
        await api.HandleAsync(ctx, path);
    }

    /// <summary>
    /// A Bot Connector-shaped answer for the demo's people (who have no real Teams client): a created conversation
    /// gets an id, a sent or updated activity an activity id. Nothing is delivered anywhere; it is demo data.
    /// </summary>
    private Task TeamsSinkAsync(HttpContext ctx, string path)
    {
        var n = Interlocked.Increment(ref teamsActivities);
        var id = path.TrimEnd('/').EndsWith("/v3/conversations", StringComparison.Ordinal) ? $"a:demo-conversation-{n}" : $"1:demo-activity-{n}";
        return DemoGraphApi.Json(ctx, new Dictionary<string, object?> { ["id"] = id });
    }

    /// <summary>The documented throttle family a request falls in, when its simulation is on.</summary>
    private (string Name, int Limit, TimeSpan Window)? FamilyOf(string path, string select)
    {
        static bool Under(string path, string prefix) => path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);
        if (Under(path, "/reports/") && (Options.ThrottleReports || Options.ThrottleAll))
        {
            return ("reports", Options.ReportsRequestLimit, Options.ReportsWindow);
        }
        if (!Options.ThrottleAll)
        {
            return null;
        }
        return path switch
        {
            _ when Under(path, "/auditLogs/") => ("reports", Options.ReportsRequestLimit, Options.ReportsWindow),
            _ when Under(path, "/users") && select.Contains("signInActivity", StringComparison.OrdinalIgnoreCase) => ("signInActivity", 10, TimeSpan.FromMinutes(1)),
            _ when Under(path, "/security/") => ("security", 150, TimeSpan.FromMinutes(1)),
            _ when Under(path, "/deviceManagement/") => ("intune", 2000, TimeSpan.FromSeconds(20)),
            _ => null,
        };
    }

    /// <summary>Sliding window per family: at most the limit per window, then 429 until the oldest request expires.</summary>
    private DemoGraphFault? Throttle(string path, string select)
    {
        if (FamilyOf(path, select) is not var (name, limit, window))
        {
            return null;
        }
        lock (throttleGate)
        {
            if (!windows.TryGetValue(name, out var queue))
            {
                windows[name] = queue = new Queue<DateTimeOffset>();
            }
            var now = Options.TimeProvider.GetUtcNow();
            while (queue.Count > 0 && now - queue.Peek() >= window)
            {
                queue.Dequeue();
            }
            if (queue.Count < limit)
            {
                queue.Enqueue(now);
                return null;
            }
            Interlocked.Increment(ref throttled);
            var wait = queue.Peek() + window - now;
            return DemoGraphFault.TooManyRequests(wait < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : wait);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
