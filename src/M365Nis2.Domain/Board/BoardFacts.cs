using M365Nis2.Domain.Incidents;

namespace M365Nis2.Domain.Board;

/// <summary>One incident in the register: when it became known, the CISO's decision (null while unclassified), its reporting facts.</summary>
public sealed record IncidentFact(DateTimeOffset AwareAt, bool? Significant, IncidentReporting Reporting);

/// <summary>One awareness campaign's counts.</summary>
public sealed record CampaignFact(DateTimeOffset LaunchedAt, int Recipients, int Completed, int OptedOut);

/// <summary>One policy in the register with the date its next review is due (null: never approved, so no review is due).</summary>
public sealed record PolicyFact(string PolicyId, string Title, DateOnly? NextReviewDue);

/// <summary>One approval round (policy or other subject): its decision ("Pending", "Approved", "Rejected", "Expired") and when.</summary>
public sealed record RoundFact(string Kind, string Decision, DateTimeOffset? DecidedAt);

/// <summary>
/// The facts the board's KPIs are computed from, filled by the features that own them (incidents, awareness,
/// approvals). Adding is thread-safe: the sources may fill it concurrently.
/// </summary>
public sealed class BoardFactSheet
{
    private readonly Lock gate = new();
    private readonly List<IncidentFact> incidents = [];
    private readonly List<CampaignFact> campaigns = [];
    private readonly List<PolicyFact> policies = [];
    private readonly List<RoundFact> rounds = [];

    /// <summary>Sources that could not be read (e.g. storage unavailable), so the board sees a gap instead of a zero.</summary>
    private readonly List<string> missing = [];

    public IReadOnlyList<IncidentFact> Incidents { get { lock (gate) return [.. incidents]; } }

    public IReadOnlyList<CampaignFact> Campaigns { get { lock (gate) return [.. campaigns]; } }

    public IReadOnlyList<PolicyFact> Policies { get { lock (gate) return [.. policies]; } }

    public IReadOnlyList<RoundFact> Rounds { get { lock (gate) return [.. rounds]; } }

    public IReadOnlyList<string> Missing { get { lock (gate) return [.. missing]; } }

    public void Add(IEnumerable<IncidentFact> items) { lock (gate) incidents.AddRange(items); }

    public void Add(IEnumerable<CampaignFact> items) { lock (gate) campaigns.AddRange(items); }

    public void Add(IEnumerable<PolicyFact> items) { lock (gate) policies.AddRange(items); }

    public void Add(IEnumerable<RoundFact> items) { lock (gate) rounds.AddRange(items); }

    public void AddMissing(string source) { lock (gate) missing.Add(source); }
}
