using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CampaignThroughput;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;
using M365Nis2.Web.Tests.Awareness;

// An all-staff awareness campaign against the rate-limiting connector fake at Teams' 50 calls/s, with interactive
// traffic during the run, then 500 concurrent quiz submissions; see bench/README.md.
var baseUrl = new Uri(Arg("--url") ?? "http://127.0.0.1:41180");
var tenantLimit = int.Parse(Arg("--tenant-limit") ?? "50", CultureInfo.InvariantCulture);
var clicks = int.Parse(Arg("--clicks") ?? "20", CultureInfo.InvariantCulture);
var submits = int.Parse(Arg("--submits") ?? "500", CultureInfo.InvariantCulture);
var doubleClicks = int.Parse(Arg("--double-clicks") ?? "50", CultureInfo.InvariantCulture);
var pacedRate = double.Parse(Arg("--paced-rate") ?? "250", CultureInfo.InvariantCulture);
const string ModuleId = "phishing";
const double WarmupRate = 50;
var loadBefore = File.ReadAllText("/proc/loadavg").Trim();
var cpu = new Cpu(IntArg("--app-pid"), IntArg("--storage-pid"));
Console.WriteLine($"demo tenant {DemoDirectory.TenantId} (the app needs Bot__TenantId set to it to create 1:1 chats)");

await using var connector = await RateLimitingConnector.StartAsync(tenantLimit);
using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromMinutes(10) }; // the launch resolves and writes 10 000 rows first
http.DefaultRequestHeaders.Add("X-Dev-User", DemoDirectory.CisoUpn);
var teams = new TeamsClient(http, connector.ServiceUrl);

// The app learns the tenant's serviceUrl (the fake) from one install; every recipient's 1:1 chat is then created by the app.
// The CISO installs in the chat the fake would create for them (so their prompt goes where everyone's does).
var installer = new DemoDirectory(1).Users.First(u => u.UserPrincipalName == DemoDirectory.CisoUpn).Id;
await teams.PostAsync(teams.Install(installer));
var baseline = connector.Accepted;

var launch = await http.PostAsJsonAsync("/api/awareness/campaigns", new { moduleId = ModuleId, audienceGroupId = DemoDirectory.AllStaffGroupId });
var created = JsonNode.Parse(await launch.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
var campaignId = created["campaignId"]!.GetValue<string>();
var recipients = created["recipients"]!.GetValue<int>();
Console.WriteLine($"campaign {campaignId}: {recipients} recipients; fake connector at {connector.ServiceUrl}");

var campaignCpuFrom = cpu.Now();
// Sample the fake's counters every 100 ms.
var clock = Stopwatch.StartNew();
var samples = new List<Sample>();
using var stopSampling = new CancellationTokenSource();
var prompts = new Prompts(connector);
var sampler = Task.Run(async () =>
{
    using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
    while (!stopSampling.IsCancellationRequested)
    {
        prompts.Drain();
        lock (samples)
        {
            samples.Add(new Sample(clock.Elapsed.TotalSeconds, connector.Accepted - baseline, connector.Throttled, prompts.Recipients));
        }
        try
        {
            await timer.WaitForNextTickAsync(stopSampling.Token);
        }
        catch (OperationCanceledException)
        {
        }
    }
});

// Interactive traffic while the campaign runs: card clicks (quiz submits) at 30 %, typed messages whose reply goes
// through the connector (interactive priority in the outbound budget) at 60 %.
var used = new HashSet<string>(StringComparer.Ordinal);
await WaitForPromptsAsync(recipients * 3 / 10);
var duringClicks = await teams.BurstAsync(PickPrompted(clicks).Select(u => (u, teams.Submit(u, campaignId, ModuleId))).ToList(), expectCard: true);
var clicksAt = prompts.Recipients;
await WaitForPromptsAsync(recipients * 6 / 10);
var duringMessages = await teams.BurstAsync(PickPrompted(clicks).Select(u => (u, teams.Help(u))).ToList(), expectCard: false);
var messagesAt = prompts.Recipients;

await WaitForPromptsAsync(recipients, stallAfter: TimeSpan.FromSeconds(60));
var status = await WaitForCampaignAsync();
await Task.Delay(1000);
await stopSampling.CancelAsync();
await sampler;
var campaignCpu = CpuSpent.Between(campaignCpuFrom, cpu.Now());

// Warm-up: a steady trickle of answers first, as a running campaign has (people answer as their prompts arrive), so the
// burst meets a path the runtime has already compiled and tiered up, not the first calls of a cold one.
var warmupCount = IntArg("--warmup") ?? 100;
List<Timed>? warmup = null;
if (warmupCount > 0)
{
    warmup = await teams.PacedAsync(PickPrompted(warmupCount).Select(u => (u, teams.Submit(u, campaignId, ModuleId))).ToList(), WarmupRate, expectCard: true);
    await Task.Delay(TimeSpan.FromSeconds(2)); // the runtime compiles the tiered-up code in the background
}

// Quiz answers at scale: N recipients submit at once; then M more click Submit twice at once.
var completedBefore = (warmup is null ? status : await CampaignAsync())["completed"]!.GetValue<int>();
var burstRequests = PickPrompted(submits).Select(u => (u, teams.Submit(u, campaignId, ModuleId))).ToList();
if (IntArg("--pause-before-burst") is { } pause)
{
    // Time to attach a profiler (dotnet-trace) to the app before the burst.
    Console.WriteLine($"quiz burst in {pause} s");
    await Task.Delay(TimeSpan.FromSeconds(pause));
}
await teams.WarmConnectionsAsync(burstRequests.Count);
await Task.Delay(TimeSpan.FromSeconds(1));
var burstCpuFrom = cpu.Now();
var burst = await teams.BurstAsync(burstRequests, expectCard: true);
var burstCpu = CpuSpent.Between(burstCpuFrom, cpu.Now());
var afterBurst = await CampaignAsync();
var twice = PickPrompted(doubleClicks).ToList();
var doubled = await teams.BurstAsync(twice.Concat(twice).Select(u => (u, teams.Submit(u, campaignId, ModuleId))).ToList(), expectCard: true);
var afterDoubled = await CampaignAsync();
// The same number of answers arriving at an even rate (as people do), where enough prompted recipients are left.
List<Timed>? paced = null;
var afterPaced = afterDoubled;
if (pacedRate > 0 && prompts.Users.Count(u => !used.Contains(u)) >= submits)
{
    paced = await teams.PacedAsync(PickPrompted(submits).Select(u => (u, teams.Submit(u, campaignId, ModuleId))).ToList(), pacedRate, expectCard: true);
    afterPaced = await CampaignAsync();
}
var loadAfter = File.ReadAllText("/proc/loadavg").Trim();

var result = new CampaignResult(baseUrl, Arg("--note"), tenantLimit, recipients, prompts, samples, connector, status, duringClicks, clicksAt, duringMessages, messagesAt,
    completedBefore, burst, afterBurst, doubled, twice.Count, afterDoubled, loadBefore, loadAfter, cpu.Known ? campaignCpu : null, cpu.Known ? burstCpu : null)
{
    Warmup = warmup,
    WarmupRate = WarmupRate,
    Paced = paced,
    PacedRate = pacedRate,
    AfterPaced = afterPaced,
};
var report = result.Markdown();
Console.WriteLine(report);
if (Arg("--out") is { } output)
{
    await File.AppendAllTextAsync(output, report + Environment.NewLine);
}
return result.AllMet ? 0 : 1;

async Task<JsonObject> CampaignAsync() => (await http.GetFromJsonAsync<JsonObject>($"/api/awareness/campaigns/{campaignId}"))!;

async Task WaitForPromptsAsync(int count, TimeSpan? stallAfter = null)
{
    var last = -1;
    var lastChange = Stopwatch.StartNew();
    while (prompts.Recipients < count)
    {
        if (prompts.Recipients != last)
        {
            (last, lastChange) = (prompts.Recipients, Stopwatch.StartNew());
        }
        else if (lastChange.Elapsed > (stallAfter ?? TimeSpan.FromSeconds(120)))
        {
            Console.WriteLine($"no new prompt for {lastChange.Elapsed.TotalSeconds:F0} s at {last} of {count}; going on");
            return;
        }
        await Task.Delay(50);
    }
}

// Until nothing is pending or in flight; rows waiting for a retry (10 min by default) would be a failure: 2 minutes at most.
async Task<JsonObject> WaitForCampaignAsync()
{
    var deadline = Stopwatch.StartNew();
    while (true)
    {
        var s = await CampaignAsync();
        if ((s["pending"]!.GetValue<int>() == 0 && s["sending"]!.GetValue<int>() == 0) || deadline.Elapsed > TimeSpan.FromMinutes(2))
        {
            return s;
        }
        await Task.Delay(2000);
    }
}

// Recipients whose prompt has arrived and who have not been used by another burst yet.
IEnumerable<string> PickPrompted(int count)
{
    var picked = prompts.Users.Where(used.Add).Take(count).ToList();
    return picked.Count == count ? picked : throw new InvalidOperationException($"only {picked.Count} prompted recipients left, {count} needed");
}

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();

int? IntArg(string name) => Arg(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;

internal sealed record Sample(double Seconds, int Accepted, int Throttled, int Prompted);
