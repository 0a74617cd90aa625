using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using M365Nis2.Web.Features.Bot;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace M365Nis2.Web.Tests.Reach;

/// <summary>
/// The reach tests' "being installed" world: a Bot Connector that refuses to create 1:1 chats, as Teams does for someone
/// without the app, so a first send asks Graph to install the app and reaches the person only once the installation
/// event has brought their chat. Start it, build the app from <see cref="Settings"/>, make the tenant known, then check
/// that a notice was kept and delivered once.
/// </summary>
internal sealed class BeingInstalled : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private BeingInstalled(RateLimitingConnector connector) => Connector = connector;

    public RateLimitingConnector Connector { get; }

    public static async Task<BeingInstalled> StartAsync()
    {
        var connector = await RateLimitingConnector.StartAsync(tenantPerSecond: 100);
        connector.RefuseCreates = true;
        return new BeingInstalled(connector);
    }

    /// <summary>
    /// The reach settings, no awareness fan-out, and kept notices sent by the test itself (so it can look at them first);
    /// <paramref name="more"/> on top.
    /// </summary>
    public Dictionary<string, string?> Settings(IReadOnlyDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>(ReachEveryoneTests.Settings(Connector))
        {
            ["Awareness:FanoutEnabled"] = "false",
            ["AppInstall:NoticeCheckInterval"] = "01:00:00",
        };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return settings;
    }

    /// <summary>Someone installed the app in the tenant, so the bot knows its serviceUrl and tries a chat, then an installation.</summary>
    public Task KnownTenantAsync(TestApp app) => ReachEveryoneTests.KnownTenantAsync(app, Connector);

    /// <summary>Activities delivered to the person whose JSON (non-ASCII unescaped) <paramref name="match"/>es.</summary>
    public int Delivered(string objectId, Func<string, bool> match) =>
        Connector.ActivitiesPerUser.TryGetValue(objectId, out var sent) ? sent.Count(a => match(a.ToJsonString(Readable))) : 0;

    public Task AssertKeptThenDeliveredOnceAsync(TestApp app, string objectId, Func<string, bool> match) =>
        AssertKeptThenDeliveredOnceAsync(app, [objectId], match);

    /// <summary>
    /// Each person has a kept notice that <paramref name="match"/>es (a card's JSON, or the text) and has not had it yet;
    /// the kept notices are then sent as <see cref="NoticeRetryJob"/> would, until each has arrived and once more, and each
    /// arrived once. On a fake clock the clock is moved on, so the installation's retry comes due.
    /// </summary>
    public async Task AssertKeptThenDeliveredOnceAsync(TestApp app, IReadOnlyCollection<string> objectIds, Func<string, bool> match)
    {
        var kept = await app.Services.GetRequiredService<WaitingNotices>().DueAsync(DateTimeOffset.MaxValue, DateTimeOffset.MaxValue, default);
        Assert.All(objectIds, id => Assert.Contains(kept, n => n.ObjectId == id && match(n.Activity is { } json ? JsonNode.Parse(json)!.ToJsonString(Readable) : n.Text)));
        Assert.All(objectIds, id => Assert.Equal(0, Delivered(id, match)));
        var notices = app.Services.GetRequiredService<NoticeSender>();
        var clock = app.Services.GetRequiredService<TimeProvider>() as FakeTimeProvider;
        await FanoutTests.WaitUntilAsync(async () =>
        {
            clock?.Advance(TimeSpan.FromSeconds(1));
            await notices.SendWaitingAsync(default);
            return objectIds.All(id => Delivered(id, match) > 0);
        }, TimeSpan.FromSeconds(30));
        await notices.SendWaitingAsync(default);
        Assert.All(objectIds, id => Assert.Equal(1, Delivered(id, match)));
    }

    public ValueTask DisposeAsync() => Connector.DisposeAsync();
}
