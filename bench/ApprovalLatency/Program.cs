using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ApprovalLatency;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;

// 50 concurrent Approve clicks (adaptiveCard/action invokes) against a running app; see bench/README.md.
var baseUrl = new Uri(Arg("--url") ?? "http://127.0.0.1:3978");
var clicks = int.Parse(Arg("--clicks") ?? "50", CultureInfo.InvariantCulture);
var output = Arg("--out");
var demo = new DemoDirectory(clicks + 1);
using var http = new HttpClient { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
http.DefaultRequestHeaders.Add("X-Dev-User", DemoDirectory.CisoUpn);
using var connector = new LoopbackConnector(int.Parse(Arg("--connector-port") ?? "39871", CultureInfo.InvariantCulture));

// Approvers: N employees who installed the app (so cards are really sent and updated) plus one who never votes,
// with quorum N+1 of N+1: the round stays open and every click takes the same path.
var approvers = Enumerable.Range(1, clicks + 1).Select(n => demo.Users.First(u => u.EmployeeNumber == n)).ToList();
foreach (var user in approvers)
{
    var install = Activity(user, "installationUpdate");
    install["action"] = "add";
    (await http.PostAsJsonAsync("/api/messages", install)).EnsureSuccessStatusCode();
}

await RunRoundAsync(approvers.Take(6).ToList(), 5, warmUp: true);
var (latencies, votes, distinct, approved) = await RunRoundAsync(approvers, clicks, warmUp: false);

latencies.Sort();
double P(double q) => latencies[Math.Clamp((int)Math.Ceiling(q * latencies.Count) - 1, 0, latencies.Count - 1)];
var lost = clicks - distinct;
var duplicated = votes - distinct;
var report = new StringBuilder()
    .AppendLine(CultureInfo.InvariantCulture, $"## Run {DateTimeOffset.Now:yyyy-MM-dd HH:mm zzz}")
    .AppendLine()
    .AppendLine(CultureInfo.InvariantCulture, $"- Machine: {Environment.MachineName}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}")
    .AppendLine(CultureInfo.InvariantCulture, $"- App: {baseUrl} with Azurite; {clicks} concurrent Approve clicks, {clicks + 1} approvers, quorum {clicks + 1} of {clicks + 1} (round stays open)")
    .AppendLine(CultureInfo.InvariantCulture, $"- Invoke response latency (ms): p50 {P(0.50):F1}, p95 {P(0.95):F1}, p99 {P(0.99):F1}, max {latencies[^1]:F1}")
    .AppendLine(CultureInfo.InvariantCulture, $"- Votes recorded {votes}, distinct voters {distinct}, approvals in tally {approved}: lost {lost}, duplicated {duplicated}")
    .AppendLine(CultureInfo.InvariantCulture, $"- Target p95 ≤ 150 ms: {(P(0.95) <= 150 ? "met" : "NOT met")}; zero lost/duplicated: {(lost == 0 && duplicated == 0 ? "met" : "NOT met")}")
    .ToString();
Console.WriteLine(report);
if (output is not null)
{
    await File.AppendAllTextAsync(output, report + Environment.NewLine);
}
return lost == 0 && duplicated == 0 && approved == clicks ? 0 : 1;

async Task<(List<double> Latencies, int Votes, int Distinct, int Approved)> RunRoundAsync(List<DemoUser> round, int voters, bool warmUp)
{
    using var form = new MultipartFormDataContent();
    var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"# Bench policy {Guid.NewGuid()}\n\nApproved by the board.\n"));
    file.Headers.ContentType = new("text/markdown");
    form.Add(file, "file", "bench.md");
    form.Add(new StringContent("Bench policy " + Guid.NewGuid().ToString("N")[..8]), "policyKey");
    var upload = JsonNode.Parse(await (await http.PostAsync("/api/policies", form)).EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
    var start = await http.PostAsJsonAsync("/api/approvals", new JsonObject
    {
        ["policyId"] = upload["policy"]!["policyId"]!.GetValue<string>(),
        ["version"] = upload["version"]!["version"]!.GetValue<int>(),
        ["approverIds"] = new JsonArray([.. round.Select(u => (JsonNode)u.Id)]),
        ["quorum"] = new JsonObject { ["n"] = round.Count },
        ["dueAt"] = DateTimeOffset.UtcNow.AddDays(7).ToString("O"),
    });
    var started = JsonNode.Parse(await start.EnsureSuccessStatusCode().Content.ReadAsStringAsync())!;
    var roundId = started["round"]!["roundId"]!.GetValue<string>();
    var hash = started["round"]!["documentSha256"]!.GetValue<string>();

    using var gate = new ManualResetEventSlim();
    var tasks = round.Take(voters).Select(u => Task.Run(async () =>
    {
        var invoke = Activity(u, "invoke");
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "approval.vote", ["data"] = new JsonObject { ["roundId"] = roundId, ["choice"] = "approve", ["documentHash"] = hash } },
            ["trigger"] = "manual",
        };
        using var content = JsonContent.Create(invoke);
        await content.LoadIntoBufferAsync();
        gate.Wait();
        var watch = Stopwatch.StartNew();
        using var response = await http.PostAsync("/api/messages", content);
        var body = await response.Content.ReadAsStringAsync();
        watch.Stop();
        if (!response.IsSuccessStatusCode || !body.Contains("AdaptiveCard", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"click by {u.UserPrincipalName} failed: {(int)response.StatusCode} {body}");
        }
        return watch.Elapsed.TotalMilliseconds;
    })).ToList();
    await Task.Delay(200);
    gate.Set();
    var latencies = (await Task.WhenAll(tasks)).ToList();
    var view = JsonNode.Parse(await http.GetStringAsync($"/api/approvals/{roundId}"))!;
    var votes = view["votes"]!.AsArray();
    if (!warmUp)
    {
        Console.WriteLine($"round {roundId}: connector saw {connector.Requests} requests so far");
    }
    return (latencies, votes.Count, votes.Select(v => v!["objectId"]!.GetValue<string>()).Distinct().Count(), view["tally"]!["approved"]!.GetValue<int>());
}

JsonObject Activity(DemoUser user, string type) => new()
{
    ["type"] = type,
    ["id"] = "f:" + Guid.NewGuid().ToString("N"),
    ["serviceUrl"] = connector.ServiceUrl.ToString(),
    ["channelId"] = "msteams",
    ["from"] = new JsonObject { ["id"] = "29:1" + user.Id[..8], ["name"] = user.DisplayName, ["aadObjectId"] = user.Id },
    ["conversation"] = new JsonObject { ["id"] = "a:1bench-" + user.Id, ["conversationType"] = "personal", ["tenantId"] = DemoDirectory.TenantId },
    ["recipient"] = new JsonObject { ["id"] = "28:bench-bot", ["name"] = "M365Nis2" },
    ["locale"] = "en-US",
};

string? Arg(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
