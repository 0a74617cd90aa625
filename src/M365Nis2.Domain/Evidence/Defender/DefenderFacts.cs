namespace M365Nis2.Domain.Evidence.Defender;

/// <summary>A Defender XDR incident (<c>/security/incidents</c>), only the fields the rules read. Strings as Graph spells them.</summary>
/// <param name="Severity">informational, low, medium, high.</param>
/// <param name="Status">active, inProgress, resolved, redirected, awaitingAction.</param>
/// <param name="Classification">unknown, falsePositive, truePositive, informationalExpectedActivity; null when unset.</param>
/// <param name="WebUrl">The incident in the Defender portal.</param>
public sealed record SecurityIncident(
    string Id,
    string Title,
    string Severity,
    string Status,
    string? Classification,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastUpdatedAt,
    string? AssignedTo,
    string? WebUrl)
{
    public bool IsResolved => string.Equals(Status, "resolved", StringComparison.OrdinalIgnoreCase);

    public bool IsHigh => string.Equals(Severity, "high", StringComparison.OrdinalIgnoreCase);

    /// <summary>An incident closed as a false positive or expected activity was no attack.</summary>
    public bool IsBenign =>
        string.Equals(Classification, "falsePositive", StringComparison.OrdinalIgnoreCase)
        || string.Equals(Classification, "informationalExpectedActivity", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A Defender XDR alert (<c>/security/alerts_v2</c>).</summary>
/// <param name="ServiceSource">The product that raised it, e.g. microsoftDefenderForEndpoint.</param>
public sealed record SecurityAlert(string Id, string Title, string Severity, string Status, string? ServiceSource, DateTimeOffset CreatedAt, string? IncidentId);

/// <summary>What the Defender rules read for the look-back period.</summary>
public sealed record DefenderEvidence(Collected<IReadOnlyList<SecurityIncident>> Incidents, Collected<IReadOnlyList<SecurityAlert>> Alerts);

/// <summary>Stable keys of the Defender checks.</summary>
public static class DefenderChecks
{
    public const string Source = "defender";
    public const string Detection = "defender.detection";
    public const string Handling = "defender.handling";
}
