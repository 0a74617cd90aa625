using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Evidence.SecureScore;
using Microsoft.Extensions.Options;
using Graph = Microsoft.Graph.Models;

namespace M365Nis2.Web.Features.Evidence;

/// <summary><c>Evidence:Sources:SecureScore</c>: see <see cref="SecureScoreOptions"/>.</summary>
public sealed class SecureScoreSettings
{
    public decimal MetPercent { get; set; } = 70m;
    public decimal PartialPercent { get; set; } = 50m;
    public int TrendDays { get; set; } = 30;
    public decimal TrendDropPoints { get; set; } = 5m;
    public decimal GapMetPercent { get; set; } = 80m;
    public decimal GapPartialPercent { get; set; } = 50m;
    public int GapsNamed { get; set; } = 5;

    /// <summary>Control name → measure id, e.g. <c>"mdatp_xyz": "art21.2.e"</c>.</summary>
    public Dictionary<string, string> ControlMeasures { get; set; } = [];

    public SecureScoreOptions ToRules() =>
        new(MetPercent, PartialPercent, TrendDays, TrendDropPoints, GapMetPercent, GapPartialPercent, GapsNamed, ControlMeasures);
}

/// <summary>
/// Microsoft Secure Score: the daily scores of the trend period (one request, newest first) and the improvement
/// actions (control profiles, paged). Permission SecurityEvents.Read.All; throttle: security, 150 / min.
/// </summary>
public sealed class SecureScoreSource(IOptions<SourcesOptions> options) : IEvidenceSource
{
    private static readonly GraphFailureSource Scores = new("secureScores", "SecurityEvents.Read.All", "Microsoft 365 with Secure Score (any Microsoft 365 business or enterprise plan)");
    private static readonly GraphFailureSource Profiles = new("secureScoreControlProfiles", "SecurityEvents.Read.All", "Microsoft 365 with Secure Score");
    private static readonly string[] ScoreSelect = ["id", "createdDateTime", "currentScore", "maxScore", "controlScores"];
    private static readonly string[] ProfileSelect = ["id", "title", "controlCategory", "service", "maxScore", "deprecated"];

    public string Key => SecureScoreChecks.Source;

    public string Title => "Microsoft Secure Score";

    public IReadOnlyList<string> ControlIds { get; } =
        [Measures.SecureMaintenance, Measures.Effectiveness, Measures.Cryptography, Measures.AccessAndAssets, Measures.Authentication];

    public async Task<SourceOutcome> CollectAsync(SourceReader reader, CancellationToken ct)
    {
        var rules = options.Value.SecureScore.ToRules();
        var top = rules.TrendDays + 1;
        var graph = reader.Graph;
        var scores = await reader.ListAsync(Scores, $"GET /security/secureScores?$top={top}",
            () => graph.Security.SecureScores.GetAsync(r => { r.QueryParameters.Top = top; r.QueryParameters.Select = ScoreSelect; }, ct),
            _ => Task.FromResult<Graph.SecureScoreCollectionResponse?>(null), // one page is the whole trend period
            p => p.Value, Snapshot, ct);
        var profiles = await reader.ListAsync(Profiles, "GET /security/secureScoreControlProfiles",
            () => graph.Security.SecureScoreControlProfiles.GetAsync(r => r.QueryParameters.Select = ProfileSelect, ct),
            next => graph.Security.SecureScoreControlProfiles.WithUrl(next).GetAsync(cancellationToken: ct),
            p => p.Value, Profile, ct);
        return new SourceOutcome(SecureScoreEvaluator.Evaluate(new SecureScoreEvidence(scores, profiles), rules));
    }

    private static SecureScoreSnapshot Snapshot(Graph.SecureScore s) => new(
        s.CreatedDateTime ?? DateTimeOffset.MinValue, (decimal)(s.CurrentScore ?? 0), (decimal)(s.MaxScore ?? 0),
        [.. (s.ControlScores ?? []).Where(c => c.ControlName is not null).Select(c => new ControlScore(c.ControlName!, c.ControlCategory, (decimal)(c.Score ?? 0)))]);

    private static ControlProfile Profile(Graph.SecureScoreControlProfile p) =>
        new(p.Id ?? "", p.Title ?? p.Id ?? "(untitled)", p.ControlCategory, p.Service, (decimal)(p.MaxScore ?? 0), p.Deprecated ?? false);
}
