using System.Diagnostics;
using Activity = System.Diagnostics.Activity;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using M365Nis2.Teams;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Platform;
using M365Nis2.Web.Tests.Awareness;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Evidence;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace M365Nis2.Web.Tests.Platform;

/// <summary>
/// The app's spans and meters, exported to OpenTelemetry's in-memory exporter: one trace from the bot invoke through
/// storage and Graph, and the meters an operator's dashboards and alerts use (docs/operations.md).
/// </summary>
public class TelemetryTests
{
    [Fact]
    public void Without_a_connection_string_no_telemetry_is_registered_and_with_one_the_distro_is()
    {
        var off = WebApplication.CreateBuilder();
        off.AddTelemetry();
        var on = WebApplication.CreateBuilder();
        on.Configuration[TelemetryExtensions.ConnectionStringKey] = "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=http://127.0.0.1:9/";
        on.AddTelemetry();

        // Only the registrations are inspected: building the providers would start the exporter.
        Assert.DoesNotContain(off.Services, d => d.ServiceType == typeof(TracerProvider) || d.ServiceType == typeof(MeterProvider));
        Assert.Contains(on.Services, d => d.ServiceType == typeof(TracerProvider));
        Assert.Contains(on.Services, d => d.ServiceType == typeof(MeterProvider));
    }

    [Fact]
    public async Task One_trace_runs_from_the_bot_invoke_through_storage_and_graph_and_the_meters_report_it()
    {
        var spans = new LockedCollection<Activity>();
        var metrics = new LockedCollection<Metric>();
        await using var connector = await FakeConnector.StartAsync();
        using var t = new EvidenceTestApp(configureServices: s => s.AddOpenTelemetry()
            .WithTracing(b => b.AddSource(TeamsTelemetry.Name, AppTelemetry.Name, "System.Net.Http", "Microsoft.AspNetCore").AddInMemoryExporter(spans))
            .WithMetrics(b => b.AddMeter(TeamsTelemetry.Name, AppTelemetry.Name).AddInMemoryExporter(metrics)));
        var activity = BotActivities.Execute(connector.ServiceUrl, "evidence.refresh").Unique(out _, out _);
        activity["from"]!["aadObjectId"] = new DemoDirectory().Ciso.Id;

        // Activity listeners are process-wide: tests running beside this one add their own bot spans. This test's
        // request carries its own trace (traceparent from this parent), so its spans are found by trace id.
        // Marked recorded: the app samples parent-based, and an unrecorded parent would drop the whole trace.
        using var parent = new Activity("telemetry-test").SetIdFormat(ActivityIdFormat.W3C);
        parent.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        parent.Start();
        using var response = await t.App.PostActivityAsync(activity);
        parent.Stop();
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(200, body["statusCode"]!.GetValue<int>());
        // On a slow machine the run outlives the invoke's budget (the card then says "running"): wait for its span to end.
        // The server's invoke and request spans can end a moment after the client has read the response: wait for them too.
        bool InTrace(Activity a) => a.TraceId == parent.TraceId;
        await FanoutTests.WaitUntilAsync(() => Ended(spans, a => InTrace(a) && a.DisplayName == "evidence.run")
                && Ended(spans, a => InTrace(a) && a.DisplayName == "bot.invoke adaptiveCard/action")
                && Ended(spans, a => InTrace(a) && a.Source.Name == "Microsoft.AspNetCore"),
            TimeSpan.FromSeconds(90));
        t.App.Services.GetRequiredService<TracerProvider>().ForceFlush();
        t.App.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var all = spans.Snapshot();
        // Every span once: a span exported twice (as when the test's exporter also reached the demo Graph server's host;
        // TestApp now keeps a test's services to the app's host) fails here as a second request would.
        var trace = all.Where(InTrace).ToList();
        Assert.Equal(trace.Count, trace.DistinctBy(a => a.SpanId).Count());
        Assert.True(trace.Count(a => a.DisplayName == "bot.invoke adaptiveCard/action") == 1, "spans: " + string.Join(", ", trace.Select(a => $"{a.Source.Name}:{a.DisplayName}")));
        var run = Assert.Single(trace, a => a.DisplayName == "evidence.run");
        Assert.Equal("succeeded", run.GetTagItem("m365nis2.run.outcome"));
        Assert.Contains(trace, a => a.Source.Name == "System.Net.Http" && Url(a).StartsWith(t.Graph.BaseUrl.ToString(), StringComparison.Ordinal));
        Assert.Contains(trace, a => a.Source.Name == "System.Net.Http" && Url(a).Contains("devstoreaccount1", StringComparison.Ordinal));
        Assert.Contains(trace, a => a.Source.Name == "Microsoft.AspNetCore"); // the inbound POST /api/messages is the root

        var names = metrics.Select(m => m.Name).ToHashSet();
        Assert.Contains("m365nis2.teams.activities", names);
        Assert.Contains("m365nis2.evidence.runs", names);
        Assert.Contains("m365nis2.evidence.run.duration", names);
        Assert.Contains("m365nis2.graph.requests", names);
    }

    [Fact]
    public async Task A_card_update_waits_for_the_budget_and_is_counted_as_a_send()
    {
        var metrics = new LockedCollection<Metric>();
        var spans = new LockedCollection<Activity>();
        await using var connector = await FakeConnector.StartAsync();
        using var t = new EvidenceTestApp(configureServices: s => s.AddOpenTelemetry()
            .WithTracing(b => b.SetSampler(new AlwaysOnSampler()).AddSource(TeamsTelemetry.Name, "Microsoft.AspNetCore").AddInMemoryExporter(spans))
            .WithMetrics(b => b.AddMeter(TeamsTelemetry.Name).AddInMemoryExporter(metrics)));

        // Listeners are process-wide: other tests' "help" turns land in this list too, so this turn is found by its trace.
        using var parent = new Activity("telemetry-test").SetIdFormat(ActivityIdFormat.W3C);
        parent.ActivityTraceFlags = ActivityTraceFlags.Recorded;
        parent.Start();
        using var response = await t.App.PostActivityAsync(BotActivities.Message(connector.ServiceUrl, "help").Unique(out _, out _));
        parent.Stop();
        Assert.True(response.IsSuccessStatusCode);
        bool InTrace(Activity a) => a.TraceId == parent.TraceId;
        await FanoutTests.WaitUntilAsync(() => Ended(spans, a => InTrace(a) && a.DisplayName == "bot.activity message")
                && Ended(spans, a => InTrace(a) && a.DisplayName is "teams.send reply" or "teams.send send"),
            TimeSpan.FromSeconds(30));
        t.App.Services.GetRequiredService<TracerProvider>().ForceFlush();
        t.App.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var all = spans.Snapshot();
        var turn = Assert.Single(all, a => InTrace(a) && a.DisplayName == "bot.activity message");
        var send = Assert.Single(all, a => a.DisplayName.StartsWith("teams.send", StringComparison.Ordinal) && a.ParentSpanId == turn.SpanId);
        Assert.Equal("interactive", send.GetTagItem("m365nis2.send.priority"));
        Assert.Contains(metrics, m => m.Name == "m365nis2.teams.sends");
        Assert.Contains(metrics, m => m.Name == "m365nis2.teams.budget.wait");
    }

    /// <summary>The in-memory exporter adds a span when it ends; the list is written from other threads.</summary>
    private static bool Ended(LockedCollection<Activity> spans, Func<Activity, bool> match) => spans.Snapshot().Any(match);


    private static string Url(Activity a) => a.GetTagItem("url.full") as string ?? "";
}
