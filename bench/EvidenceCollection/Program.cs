using System.Diagnostics;
using System.Globalization;
using M365Nis2.Domain.Evidence.Mfa;
using M365Nis2.Web.Features.Evidence;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;

// Evidence collection benchmark: the real collector (real Graph SDK, real pacer) against the demo tenant on loopback
// with the real reports throttle (5 requests / 10 s → 429 + Retry-After). One size per process, so the peak working set
// belongs to that size alone. With no arguments it runs the targeted read at 1 000, 10 000 and 100 000 users with 95 %
// of employees registered (every 20th not).
// Usage: EvidenceCollection.dll [<employees> [targeted|full] [<every Nth employee unregistered>] [--warm]]
// --warm first collects once from a small separate demo tenant (no throttle), so JIT and first-request costs are paid
// before the clock starts, as in the running app, whose scheduled runs happen in a warm process.

if (args.Length == 0)
{
    foreach (var size in new[] { 1_000, 10_000, 100_000 })
    {
        using var child = Process.Start(new ProcessStartInfo("dotnet", [Environment.GetCommandLineArgs()[0], size.ToString(CultureInfo.InvariantCulture), "targeted", "20"])
        {
            UseShellExecute = false,
        })!;
        await child.WaitForExitAsync();
        if (child.ExitCode != 0)
        {
            return child.ExitCode;
        }
    }
    return 0;
}

var employees = int.Parse(args[0], CultureInfo.InvariantCulture);
var mode = args.Length > 1 && args[1] == "full" ? RegistrationScanMode.Full : RegistrationScanMode.Targeted;
var every = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var warm = args.Contains("--warm");
await using var server = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { Employees = employees, ThrottleReports = true, UnregisteredEvery = every });
var options = new EvidenceOptions { BreakGlassAccounts = [DemoDirectory.BreakGlassUpn], RegistrationScan = mode };
using var pacer = new ReportsPacer(TimeProvider.System, Options.Create(options));
var collector = new MfaCollector(pacer, options, TimeProvider.System, NullLogger<MfaCollector>.Instance);

if (warm)
{
    await using var small = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { Employees = 40 });
    var warmOptions = new EvidenceOptions { BreakGlassAccounts = [DemoDirectory.BreakGlassUpn], RegistrationScan = mode, ReportsRequestLimit = 1000 };
    using var warmPacer = new ReportsPacer(TimeProvider.System, Options.Create(warmOptions));
    await new MfaCollector(warmPacer, warmOptions, TimeProvider.System, NullLogger<MfaCollector>.Instance)
        .CollectAsync(small.BaseUrl, new AnonymousAuthenticationProvider(), CancellationToken.None);
}

var users = server.Directory.Users.Count;
var allocatedBefore = GC.GetTotalAllocatedBytes();
var clock = Stopwatch.StartNew();
var snapshot = await collector.CollectAsync(server.BaseUrl, new AnonymousAuthenticationProvider(), CancellationToken.None);
clock.Stop();
var evaluation = MfaEvaluator.Evaluate(snapshot.Evidence, snapshot.Registration, options.ToRuleOptions(snapshot.BreakGlassIds));

var scan = snapshot.RegistrationScan;
var registered = 100.0 * (snapshot.Registration.RegisteredMembers + snapshot.Registration.RegisteredGuests) / users;
var reports = server.RequestCount("/reports/");
var fixedCalls = server.RequestCount("/") - reports;
var throttleBound = TimeSpan.FromSeconds((Math.Ceiling(reports / 5.0) - 1) * 10);
var gc = GC.GetGCMemoryInfo();
using var self = Process.GetCurrentProcess();
self.Refresh();
var rows = snapshot.RegistrationDigest.Rows;

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $$"""
    | users | registered | read | rows read | report requests | other requests | 429s | wall time | throttle bound | peak working set | GC heap at end | allocated | gen0/1/2 | overall |
    | {{users:N0}} | {{registered:0.0}} % | {{scan.Mode}}{{(warm ? ", warm" : ", cold")}}{{(scan.FallbackReason is null ? "" : " (fell back: " + scan.FallbackReason + ")")}} | {{rows:N0}} | {{reports}} | {{fixedCalls}} | {{server.ThrottledCount}} | {{clock.Elapsed.TotalSeconds:0.0}} s | {{throttleBound.TotalSeconds:0}} s | {{self.PeakWorkingSet64 / 1048576.0:0}} MB | {{gc.HeapSizeBytes / 1048576.0:0}} MB | {{(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0:0}} MB | {{GC.CollectionCount(0)}}/{{GC.CollectionCount(1)}}/{{GC.CollectionCount(2)}} | {{evaluation.Overall}} |
    """));
var complete = mode == RegistrationScanMode.Full ? rows == users : scan.Mode == "targeted" && snapshot.Registration.EnabledMembers + snapshot.Registration.Guests == users;
return complete && server.ThrottledCount == 0 ? 0 : 1;
