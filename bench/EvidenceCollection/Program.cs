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
// belongs to that size alone. With no arguments it runs itself for 1 000, 10 000 and 100 000 users.
// Usage: dotnet run -c Release --project bench/EvidenceCollection [-- <employees>]

if (args.Length == 0)
{
    foreach (var size in new[] { 1_000, 10_000, 100_000 })
    {
        using var child = Process.Start(new ProcessStartInfo("dotnet", [Environment.GetCommandLineArgs()[0], size.ToString(CultureInfo.InvariantCulture)])
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
await using var server = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { Employees = employees, ThrottleReports = true });
var options = new EvidenceOptions { BreakGlassAccounts = [DemoDirectory.BreakGlassUpn] };
using var pacer = new ReportsPacer(TimeProvider.System, Options.Create(options));
var collector = new MfaCollector(pacer, options, TimeProvider.System, NullLogger<MfaCollector>.Instance);

var users = server.Directory.Users.Count;
var allocatedBefore = GC.GetTotalAllocatedBytes();
var clock = Stopwatch.StartNew();
var snapshot = await collector.CollectAsync(server.BaseUrl, new AnonymousAuthenticationProvider(), CancellationToken.None);
clock.Stop();
var evaluation = MfaEvaluator.Evaluate(snapshot.Evidence, snapshot.Registration, options.ToRuleOptions(snapshot.BreakGlassIds));

var pages = (int)Math.Ceiling(users / 999.0);
var reports = server.RequestCount("/reports/");
var fixedCalls = server.RequestCount("/") - reports;
var throttleBound = TimeSpan.FromSeconds((Math.Ceiling(reports / 5.0) - 1) * 10);
var gc = GC.GetGCMemoryInfo();
using var self = Process.GetCurrentProcess();
self.Refresh();
var rows = snapshot.RegistrationDigest.Rows;

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $$"""
    | users | rows read | report requests (min {{pages}}) | other requests | 429s | wall time | throttle bound | peak working set | GC heap at end | allocated | gen0/1/2 | overall |
    | {{users:N0}} | {{rows:N0}} | {{reports}} | {{fixedCalls}} | {{server.ThrottledCount}} | {{clock.Elapsed.TotalSeconds:0.0}} s | {{throttleBound.TotalSeconds:0}} s | {{self.PeakWorkingSet64 / 1048576.0:0}} MB | {{gc.HeapSizeBytes / 1048576.0:0}} MB | {{(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0:0}} MB | {{GC.CollectionCount(0)}}/{{GC.CollectionCount(1)}}/{{GC.CollectionCount(2)}} | {{evaluation.Overall}} |
    """));
return rows == users && server.ThrottledCount == 0 ? 0 : 1;
