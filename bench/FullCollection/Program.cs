using System.Diagnostics;
using System.Globalization;
using M365Nis2.Domain.Evidence.Mfa;
using M365Nis2.Web.Features.Evidence;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Kiota.Abstractions.Authentication;

// Full evidence collection benchmark: (j) and every source beyond it, with the app's own collectors and pacers (real
// Graph SDK), against the demo tenant on loopback with every documented throttle simulated (reports and audit logs
// 5 / 10 s, sign-in activity 10 / min, security 150 / min, Intune devices 2 000 / 20 s → 429 + Retry-After).
// Usage: dotnet bench/FullCollection/bin/Release/net10.0/FullCollection.dll [employees] [devices]   (default 10 000 / 20 000)

var employees = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var devices = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000;
await using var server = await DemoGraphServer.StartAsync(new DemoGraphServerOptions { Employees = employees, Devices = devices, ThrottleAll = true });
var time = TimeProvider.System;
var evidenceOptions = new EvidenceOptions { BreakGlassAccounts = [DemoDirectory.BreakGlassUpn] };
var sourcesOptions = Options.Create(new SourcesOptions());
using var reportsPacer = new ReportsPacer(time, Options.Create(evidenceOptions));
using var pacer = new GraphPacer(time, sourcesOptions.Value.Pacing.Throttles(), reportsPacer);
var auth = new AnonymousAuthenticationProvider();
IEvidenceSource[] sources =
[
    new SecureScoreSource(sourcesOptions), new IntuneSource(sourcesOptions), new DefenderSource(sourcesOptions),
    new EntraHygieneSource(sourcesOptions), new BackupSource(sourcesOptions),
];

var users = server.Directory.Users.Count;
var allocatedBefore = GC.GetTotalAllocatedBytes();
var total = Stopwatch.StartNew();
var rows = new List<string>();

var clock = Stopwatch.StartNew();
var mfa = await new MfaCollector(reportsPacer, evidenceOptions, time, NullLogger<MfaCollector>.Instance).CollectAsync(server.BaseUrl, auth, CancellationToken.None);
var mfaOverall = MfaEvaluator.Evaluate(mfa.Evidence, mfa.Registration, evidenceOptions.ToRuleOptions(mfa.BreakGlassIds)).Overall;
var mfaMin = 4 + (int)Math.Ceiling(users / 999.0); // roles, policies, defaults, methods + report pages (name look-ups on top)
rows.Add(Row("mfa (j)", mfa.Counts.Total, mfaMin, mfa.Counts.Throttled, clock.Elapsed, Bound(mfa.Counts.Reports, 5, 10), mfaOverall.ToString()));

var reading = new SourceReading(pacer, time, NullLogger.Instance);
var run = new SourceRunContext("bench", "bench", "bench", DemoDirectory.TenantId, true, server.BaseUrl);
foreach (var source in sources)
{
    clock.Restart();
    var read = await reading.ReadAsync(source, run, auth, CancellationToken.None);
    var (minimum, bound) = source.Key switch
    {
        "securescore" => (2, 0.0),
        "intune" => ((int)Math.Ceiling(devices / 1000.0) + 1, Bound((int)Math.Ceiling(devices / 1000.0), 2000, 20)),
        "defender" => (2, 0.0),
        "entra" => ((int)Math.Ceiling(users / 500.0) + 1 + 2 + 2, Math.Max(Bound((int)Math.Ceiling(users / 500.0), 10, 60), Bound(2, 5, 10))),
        _ => (2, 0.0),
    };
    rows.Add(Row(source.Key, read.Counts.Total, minimum, read.Counts.Throttled, clock.Elapsed, bound,
        string.Join(", ", read.Measures(source).Select(m => $"{m.Key[^1]} {m.Value}"))));
}
total.Stop();

var gc = GC.GetGCMemoryInfo();
using var self = Process.GetCurrentProcess();
self.Refresh();
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"users {users:N0}, devices {devices:N0}"));
Console.WriteLine("| source | requests | minimum | 429s | wall time | throttle bound | outcome |");
Console.WriteLine("|---|---|---|---|---|---|---|");
rows.ForEach(Console.WriteLine);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| **total** | {server.RequestCount("/")} | | {server.ThrottledCount} | {total.Elapsed.TotalSeconds:0.0} s | | peak working set {self.PeakWorkingSet64 / 1048576.0:0} MB, GC heap {gc.HeapSizeBytes / 1048576.0:0} MB, allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1048576.0:0} MB |"));
return server.ThrottledCount == 0 && self.PeakWorkingSet64 <= 256L * 1024 * 1024 ? 0 : 1;

// The least time a throttle allows for n requests: every limit-th request waits a full window.
static double Bound(int requests, int limit, int windowSeconds) => Math.Max(0, Math.Ceiling(requests / (double)limit) - 1) * windowSeconds;

static string Row(string name, int requests, int minimum, int throttled, TimeSpan wall, double bound, string outcome) =>
    string.Create(CultureInfo.InvariantCulture, $"| {name} | {requests} | {minimum} | {throttled} | {wall.TotalSeconds:0.0} s | {bound:0} s | {outcome} |");
