using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Web.Features.Suppliers;
using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Infrastructure.Storage;
using M365Nis2.Web.Tests.Approvals;
using M365Nis2.Web.Tests.Bot;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static M365Nis2.Web.Tests.Suppliers.SupplierTestApp;

namespace M365Nis2.Web.Tests.Suppliers;

/// <summary>
/// The leased daily job itself, on its own timer: two hosts on one storage and one fake clock, against the demo tenant
/// and the loopback connector. Discovery runs once per day and each reminder reaches the owner once, whichever host
/// (or extra pass) gets there first.
/// </summary>
public sealed class SupplierJobTests
{
    private static readonly DemoUser Owner = new DemoDirectory().FindByUpn(Employee)!;
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task Two_hosts_run_discovery_once_a_day_and_send_each_reminder_once()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var connector = await FakeConnector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Bot:TenantId"] = FakeBotIssuer.TenantId,
            ["Suppliers:JobsEnabled"] = "true",
            ["Suppliers:FirstRunDelay"] = "00:05:00",
            ["Suppliers:JobInterval"] = "1.00:00:00",
            ["Tasks:JobEnabled"] = "false", // only the supplier job moves with this clock
        };
        var prefix = AzuriteServer.NewPrefix();
        using var a = new TestApp(settings, storagePrefix: prefix, configureServices: s => s.AddSingleton<TimeProvider>(clock));
        using var b = new TestApp(settings, storagePrefix: prefix, configureServices: s => s.AddSingleton<TimeProvider>(clock));
        await ApprovalHarness.InstallAsync(a, connector, Owner);
        using (var ciso = a.Http(Ciso))
        {
            // Tier 1, never assessed: due on the day it is registered. ISO 27001 valid for 60 more days: the first certificate point.
            var created = await ciso.PostAsJsonAsync("/api/suppliers", new
            {
                name = "NordIT Drift A/S", country = "DK", services = new[] { "managed-it" }, access = "privileged", owner = Employee, tier = 1,
                certificates = new[] { new { kind = "iso27001", validUntil = "2026-05-01" } },
            });
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        }
        int Notices(string words) => connector.SentActivities.Count(x => x.ConversationId == ApprovalHarness.ConversationOf(Owner)
            && x.Activity.ToJsonString(Readable).Contains(words, StringComparison.Ordinal)
            && x.Activity.ToJsonString(Readable).Contains("NordIT Drift A/S", StringComparison.Ordinal));
        const string Assessment = "Næste vurdering af";   // the owner prefers Danish in Entra
        const string Certificate = "er gyldigt til";

        clock.Advance(TimeSpan.FromMinutes(5)); // both hosts' first pass is due now
        await UntilAsync(() => Notices(Assessment) == 1 && Notices(Certificate) == 1);
        await UntilAsync(async () => await DiscoveryArtefactsAsync(a) == 1);
        var discovered = await DiscoveredAsync(b);
        Assert.Equal("Ok", discovered["latestRun"]!["status"]!.GetValue<string>());
        Assert.Equal(7, discovered["apps"]!.AsArray().Count);

        // More passes the same day, from either host: discovery is not repeated and nothing is sent twice.
        foreach (var host in new[] { a, b, a })
        {
            var pass = await PassAsync(host);
            Assert.Null(pass.Discovery);
            Assert.Empty(pass.Reminders);
        }
        // While one host holds the job's lease the other does not run a pass at all.
        await using (var held = await a.Services.GetRequiredService<JobLease>().TryAcquireAsync(SupplierJob.LeaseName, CancellationToken.None))
        {
            Assert.NotNull(held);
            Assert.Null(await b.Services.GetRequiredService<SupplierJob>().RunOnceAsync(CancellationToken.None));
        }
        Assert.Equal((1, 1, 1), (Notices(Assessment), Notices(Certificate), await DiscoveryArtefactsAsync(a)));

        // 1 April, by the job's own timer: the 30-day certificate point and the overdue assessment, and a new day's discovery.
        clock.Advance(TimeSpan.FromDays(30));
        await UntilAsync(() => Notices(Assessment) == 2 && Notices(Certificate) == 2);
        await UntilAsync(async () => await DiscoveryArtefactsAsync(a) == 2);
        Assert.Empty((await PassAsync(b)).Reminders);
        Assert.Equal((2, 2, 2), (Notices(Assessment), Notices(Certificate), await DiscoveryArtefactsAsync(a)));
    }

    [Theory]
    [InlineData("Suppliers:JobInterval", "00:00:10")]
    [InlineData("Suppliers:JobInterval", "60.00:00:00")]
    [InlineData("Suppliers:FirstRunDelay", "-00:01:00")]
    public void A_job_timing_out_of_range_stops_the_host_at_start(string key, string value)
    {
        var error = Assert.ThrowsAny<Exception>(() => new TestApp(new Dictionary<string, string?> { [key] = value }).Dispose());
        Assert.Contains(key, error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>One explicit pass; a pass the timer started may still hold the lease for a moment, so wait for it.</summary>
    private static async Task<SupplierPass> PassAsync(TestApp host)
    {
        var job = host.Services.GetRequiredService<SupplierJob>();
        for (var i = 0; i < 300; i++)
        {
            if (await job.RunOnceAsync(CancellationToken.None) is { } pass)
                return pass;
            await Task.Delay(100);
        }
        throw new TimeoutException("The supplier job's lease was never free.");
    }

    private static async Task<int> DiscoveryArtefactsAsync(TestApp host) =>
        (await host.Services.GetRequiredService<IEvidenceVault>().ListByControlAsync(SupplyChainRule.ControlId)).Count(r => r.Kind == "supplier.discovery");

    private static async Task<JsonObject> DiscoveredAsync(TestApp host)
    {
        using var ciso = host.Http(Ciso);
        return (await ciso.GetFromJsonAsync<JsonObject>("/api/suppliers/discovered"))!;
    }

    private static Task UntilAsync(Func<bool> done) => UntilAsync(() => Task.FromResult(done()));

    private static async Task UntilAsync(Func<Task<bool>> done)
    {
        for (var i = 0; i < 300 && !await done(); i++)
            await Task.Delay(100);
        Assert.True(await done(), "the job's pass never got there");
    }
}
