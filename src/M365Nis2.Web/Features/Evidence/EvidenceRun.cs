namespace M365Nis2.Web.Features.Evidence;

public static class RunStatuses
{
    public const string Running = "running";
    public const string Succeeded = "succeeded";
    public const string Failed = "failed";

    /// <summary>Was running on an instance that died: nobody holds the collector lease any more, so it will never finish.</summary>
    public const string Abandoned = "abandoned";
}

/// <summary>One collection run as kept in the <c>EvidenceRuns</c> table: what ran, what it found, where its proof is.</summary>
/// <param name="Checks">Check key → outcome (Met / PartiallyMet / NotMet / Unknown).</param>
/// <param name="RegistrationPercent">Registered share of enabled members; null if unknown.</param>
/// <param name="AdminsPercent">Registered share of admins; null if unknown or no admins.</param>
public sealed record EvidenceRun(
    string Id,
    string Status,
    string Trigger,
    string Actor,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    bool IsDemo,
    string? Overall,
    IReadOnlyDictionary<string, string> Checks,
    decimal? RegistrationPercent,
    decimal? AdminsPercent,
    string? ArtefactId,
    int RequestsTotal,
    int RequestsReports,
    int Throttled,
    string? Error);
