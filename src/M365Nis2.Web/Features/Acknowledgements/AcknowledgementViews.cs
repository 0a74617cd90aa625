namespace M365Nis2.Web.Features.Acknowledgements;

/// <summary>One person's acknowledgement, for the CISO's view only (names of people are for the CISO and the board).</summary>
public sealed record AckPersonView(string ObjectId, string DisplayName, string State, DateTimeOffset? AskedAt, DateTimeOffset? AcknowledgedAt,
    string? Channel, int RemindersSent, string? FailureReason, string? FailureCode = null, string? FailureReasonDa = null);

/// <summary>Progress of one approved version: totals for every caller allowed to see it, <see cref="People"/> for the CISO only.</summary>
/// <param name="Sending">Cards in flight right now.</param>
/// <param name="Unknown">A send was in flight when a runner died: the card may or may not have arrived (never resent automatically).</param>
public sealed record AckProgressView(string PolicyId, int Version, string Title, string Sha256, string State, string Audience,
    DateTimeOffset ApprovedAt, DateTimeOffset DueAt, int Recipients, int Pending, int Sending, int Unknown, int Asked, int Acknowledged,
    int Failed, int Overdue, int Outstanding, decimal Rate, string? LastSnapshotId, DateTimeOffset? LastSnapshotAt, string? Problem,
    IReadOnlyList<AckPersonView>? People);

/// <summary>An approved version the caller was asked to read and accept.</summary>
public sealed record MyAckView(string PolicyId, int Version, string Title, string Sha256, string ContentType, string? FileName,
    DateTimeOffset ApprovedAt, DateTimeOffset DueAt, bool Acknowledged, DateTimeOffset? AcknowledgedAt);

[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<AckOutcomeKind>))]
public enum AckOutcomeKind
{
    Recorded,
    AlreadyAcknowledged,
    /// <summary>No such approved version, or the caller is not in its audience (the same answer: nothing to learn from it).</summary>
    NotFound,
    WrongVersion,
}

/// <param name="Language">The person's language ("en" or "da"), the one their card was sent in.</param>
/// <param name="Detail">Why the domain refused (English), with its <paramref name="Code"/> and the Danish text the tab shows a Danish reader.</param>
public sealed record AckOutcome(AckOutcomeKind Kind, DateTimeOffset? AcknowledgedAt = null, string? Title = null, int Version = 0, string? Language = null,
    string? Detail = null, string? Code = null, string? DetailDa = null);

/// <param name="DocumentSha256">The hash of the version the person read (the card and the tab send it); optional.</param>
public sealed record AcknowledgeRequest(string? DocumentSha256);

/// <param name="Audience">"all" (enabled member users), a group object id, or "none" (approved versions are not put to staff).</param>
public sealed record AudienceRequest(string? Audience);

public sealed record AudienceView(string PolicyId, string Audience, bool IsDefault);
