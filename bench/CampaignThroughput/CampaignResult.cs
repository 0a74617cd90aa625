using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Awareness;

namespace CampaignThroughput;

/// <summary>The figures of one run beside their targets, as a Markdown section for bench/results/campaign-throughput.md.</summary>
internal sealed record CampaignResult(
    Uri App, string? Note, int TenantLimit, int Recipients, Prompts Prompts, List<Sample> Samples, RateLimitingConnector Connector, JsonObject Status,
    List<Timed> DuringClicks, int ClicksAtPrompted, List<Timed> DuringMessages, int MessagesAtPrompted,
    int CompletedBefore, List<Timed> Burst, JsonObject AfterBurst, List<Timed> Doubled, int DoubledUsers, JsonObject AfterDoubled,
    string LoadBefore, string LoadAfter, CpuSpent? CampaignCpu, CpuSpent? BurstCpu)
{
    private const double LatencyTarget = 150;

    /// <summary>Answers sent at <see cref="WarmupRate"/> per second before the burst (none with --warmup 0).</summary>
    public List<Timed>? Warmup { get; init; }

    public double WarmupRate { get; init; }

    /// <summary>Answers sent at <see cref="PacedRate"/> per second after the double clicks (none when too few recipients were left).</summary>
    public List<Timed>? Paced { get; init; }

    public double PacedRate { get; init; }

    public JsonObject? AfterPaced { get; init; }
    private const double RatioTarget = 0.9;

    private int Calls => Samples[^1].Accepted;

    private double Start => Samples.First(s => s.Accepted > 0).Seconds;

    private double End => Samples.First(s => s.Accepted == Calls).Seconds;

    /// <summary>Tenant calls per second from the first accepted call to the last.</summary>
    private double Rate => Calls / (End - Start);

    /// <summary>The same between 10 % and 90 % of the calls (the ramp at either end left out).</summary>
    private double SteadyRate
    {
        get
        {
            var (from, to) = (Samples.First(s => s.Accepted >= Calls / 10), Samples.First(s => s.Accepted >= Calls * 9 / 10));
            return (to.Accepted - from.Accepted) / (to.Seconds - from.Seconds);
        }
    }

    /// <summary>The slowest 10 s stretch between 10 % and 90 % of the calls.</summary>
    private double SlowestTenSeconds
    {
        get
        {
            var steady = Samples.Where(s => s.Accepted >= Calls / 10 && s.Accepted <= Calls * 9 / 10).ToList();
            var rates = steady.Select(a => (a, b: steady.FirstOrDefault(b => b.Seconds >= a.Seconds + 10)))
                .Where(p => p.b is not null).Select(p => (p.b!.Accepted - p.a.Accepted) / (p.b.Seconds - p.a.Seconds)).ToList();
            return rates.Count == 0 ? double.NaN : rates.Min();
        }
    }

    private int PromptedTwice => Prompts.Twice;

    private int CreatedTwice => Connector.CreatesPerUser.Count(kv => kv.Value > 1);

    private static int Completed(JsonObject status) => status["completed"]!.GetValue<int>();

    private int BurstCounted => Completed(AfterBurst) - CompletedBefore;

    private int DoubledCounted => Completed(AfterDoubled) - Completed(AfterBurst);

    private int Int(string name) => Status[name]!.GetValue<int>();

    private bool RateMet => Rate / TenantLimit >= RatioTarget;

    private bool BurstMet => Latency.P(Burst, 0.95) <= LatencyTarget && BurstCounted == Burst.Count && Burst.All(b => b.Ok);

    private bool DoubledMet => DoubledCounted == DoubledUsers && Doubled.All(b => b.Ok);

    private bool CampaignMet => Connector.Throttled == 0 && PromptedTwice == 0 && CreatedTwice == 0 && Int("sent") == Recipients
        && Prompts.Recipients == Recipients && Int("unknown") == 0 && Int("failed") == 0 && DuringClicks.All(c => c.Ok) && DuringMessages.All(c => c.Ok);

    private int WarmupCounted => CompletedBefore - Completed(Status);

    private bool WarmupMet => Warmup is not { } warmup || (warmup.All(b => b.Ok) && WarmupCounted == warmup.Count);

    private bool PacedMet => Paced is not { } paced || AfterPaced is not { } after
        || (Completed(after) - Completed(AfterDoubled) == paced.Count && paced.All(b => b.Ok));

    public bool AllMet => RateMet && CampaignMet && WarmupMet && BurstMet && DoubledMet && PacedMet;

    public string Markdown()
    {
        var s = new StringBuilder();
        void Line(FormattableString text) => s.AppendLine(text.ToString(CultureInfo.InvariantCulture));
        static string Met(bool met) => met ? "met" : "**NOT met**";
        Line($"## Run {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        s.AppendLine();
        Line($"- Machine: {Environment.MachineName}, {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}; shared with other sessions' builds and tests");
        Line($"- Load average (1/5/15 min) before: {LoadBefore}; after: {LoadAfter}");
        Line($"- App: {App} with Azurite{(Note is null ? "" : "; " + Note)}");
        Line($"- Fake connector: {TenantLimit} calls/s per tenant (sliding 1 s), per-conversation 7/1 s, 8/2 s, 60/30 s, 1800/h; 429 + Retry-After beyond");
        s.AppendLine();
        Line($"**Campaign** to {Recipients} recipients (all staff), each needing a 1:1 chat created and a send (2 tenant calls):");
        s.AppendLine();
        s.AppendLine("| measure | value | target |");
        s.AppendLine("|---|---|---|");
        Line($"| tenant calls accepted | {Calls} in {End - Start:F1} s | |");
        Line($"| sustained rate, first to last call | {Rate:F1} calls/s = **{Rate / TenantLimit:F3}** × {TenantLimit}/s | ≥ {RatioTarget} × ({Met(RateMet)}) |");
        Line($"| steady rate (10–90 % of calls) | {SteadyRate:F1} calls/s = {SteadyRate / TenantLimit:F3} × | |");
        Line($"| slowest 10 s in the steady part | {SlowestTenSeconds:F1} calls/s | |");
        Line($"| busiest 1 s window at the fake | {Connector.PeakPerSecond} calls | ≤ {TenantLimit} |");
        Line($"| prompts delivered | {Recipients / (End - Start):F1} /s | |");
        Line($"| 429s | **{Connector.Throttled}** | 0 ({Met(Connector.Throttled == 0)}) |");
        Line($"| recipients prompted (at the fake) / prompted twice / chats created twice | {Prompts.Recipients} / {PromptedTwice} / {CreatedTwice} | {Recipients} / 0 / 0 |");
        Line($"| status: sent, unknown, failed, completed | {Int("sent")}, {Int("unknown")}, {Int("failed")}, {Int("completed")} | {Recipients}, 0, 0, {DuringClicks.Count} |");
        Line($"| {DuringClicks.Count} concurrent quiz submits (card clicks) at {ClicksAtPrompted} prompted | {Latency.Summary(DuringClicks)} ms; failed {DuringClicks.Count(c => !c.Ok)} | p95 ≤ {LatencyTarget} ms ({Met(Latency.P(DuringClicks, 0.95) <= LatencyTarget)}) |");
        Line($"| {DuringMessages.Count} concurrent \"help\" messages (reply sent through the budget) at {MessagesAtPrompted} prompted | {Latency.Summary(DuringMessages)} ms; failed {DuringMessages.Count(c => !c.Ok)} | p95 ≤ {LatencyTarget} ms ({Met(Latency.P(DuringMessages, 0.95) <= LatencyTarget)}) |");
        if (CampaignCpu is { } campaignCpu)
        {
            Line($"| CPU (app + Azurite) | {campaignCpu.App:F1} s + {campaignCpu.Storage:F1} s = {1000 * campaignCpu.Total / Recipients:F1} ms per recipient: 2 idle cores could prompt at most {2 * Recipients / campaignCpu.Total:F0} recipients/s ({4 * Recipients / campaignCpu.Total:F0} calls/s) | |");
        }
        s.AppendLine();
        Line($"**Quiz answers at scale** after the campaign (invoke response times at the client):");
        s.AppendLine();
        s.AppendLine("| measure | value | target |");
        s.AppendLine("|---|---|---|");
        if (Warmup is { } warmup)
        {
            Line($"| warm-up before the burst: {warmup.Count} `awareness.submit` at {WarmupRate:F0}/s, then 2 s | {Latency.Summary(warmup)} ms; {warmup.Count(b => b.Ok)} answered with a card; completed +{WarmupCounted} | +{warmup.Count} ({Met(WarmupMet)}) |");
        }
        Line($"| {Burst.Count} concurrent `awareness.submit` | {Latency.Summary(Burst)} ms | p95 ≤ {LatencyTarget} ms ({Met(Latency.P(Burst, 0.95) <= LatencyTarget)}) |");
        if (BurstCpu is { } burstCpu)
        {
            Line($"| CPU (app + Azurite) for the {Burst.Count} | {burstCpu.App:F2} s + {burstCpu.Storage:F2} s = {1000 * burstCpu.Total / Burst.Count:F1} ms per submit: on 2 idle cores the 95th of {Burst.Count} released at once cannot answer before {0.95 * 1000 * burstCpu.Total / 2:F0} ms; the bench itself (client) spent {burstCpu.Client:F2} s on the same cores | |");
        }
        Line($"| answered with the result card | {Burst.Count(b => b.Ok)} of {Burst.Count} | all |");
        Line($"| completed count (API) | {CompletedBefore} → {Completed(AfterBurst)}: +{BurstCounted} | +{Burst.Count}: lost {Math.Max(0, Burst.Count - BurstCounted)}, counted twice {Math.Max(0, BurstCounted - Burst.Count)} ({Met(BurstCounted == Burst.Count)}) |");
        Line($"| {DoubledUsers} users clicking Submit twice at once ({Doubled.Count} invokes) | {Latency.Summary(Doubled)} ms; {Doubled.Count(b => b.Ok)} answered with a card; completed +{DoubledCounted} | +{DoubledUsers} ({Met(DoubledMet)}) |");
        if (Paced is { } paced && AfterPaced is { } afterPaced)
        {
            var counted = Completed(afterPaced) - Completed(AfterDoubled);
            Line($"| {paced.Count} `awareness.submit` arriving at {PacedRate:F0}/s (over {paced.Count / PacedRate:F1} s; no target of its own) | {Latency.Summary(paced)} ms; {paced.Count(b => b.Ok)} answered with a card; completed +{counted} | +{paced.Count} ({Met(counted == paced.Count && paced.All(b => b.Ok))}) |");
        }
        foreach (var failure in DuringClicks.Concat(DuringMessages).Concat(Warmup ?? []).Concat(Burst).Concat(Doubled).Concat(Paced ?? []).Where(f => !f.Ok).Take(5))
        {
            Line($"- failure ({failure.UserId}): {failure.Failure}");
        }
        return s.ToString();
    }
}
