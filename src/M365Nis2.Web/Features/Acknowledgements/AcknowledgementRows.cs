using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Acknowledgements;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Features.Acknowledgements;

/// <summary>
/// Where a person is in the sending. Sending and Unknown exist only here: Sending is written with the row's ETag just
/// before the connector call; a Sending row found by the next runner becomes Unknown (the card may or may not have
/// arrived; it is never resent automatically, and the person can still acknowledge in the tab).
/// </summary>
public static class AckStates
{
    public const string Pending = nameof(AcknowledgementState.Pending);
    public const string Sending = "Sending";
    public const string Unknown = "Unknown";
    public const string Asked = nameof(AcknowledgementState.Asked);
    public const string Acknowledged = nameof(AcknowledgementState.Acknowledged);
    public const string Failed = nameof(AcknowledgementState.Failed);
}

/// <summary>
/// One approved policy version put to staff (PK "campaign", RK <see cref="KeyOf"/>). Inserted by the approval hook as
/// Resolving (a conditional insert: a repeated hook finds it), turned Open by the job once every person's row exists.
/// </summary>
public sealed class AckCampaignRow : ITableEntity
{
    public const string Partition = "campaign";
    public const string Resolving = "Resolving";
    public const string Open = "Open";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string PolicyId { get; set; } = "";
    public int Version { get; set; }
    public string Title { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string? FileName { get; set; }
    public string ControlIds { get; set; } = "";
    public DateTimeOffset ApprovedAt { get; set; }
    public DateTimeOffset DueAt { get; set; }
    public string RoundId { get; set; } = "";
    public string DecisionArtefactId { get; set; } = "";
    /// <summary>"all" or a group object id.</summary>
    public string Audience { get; set; } = "all";
    public string State { get; set; } = Resolving;
    public string? ResolveProblem { get; set; }
    public int RecipientCount { get; set; }
    public string? LastSnapshotId { get; set; }
    public DateTimeOffset? LastSnapshotAt { get; set; }
    public int LastSnapshotAcknowledged { get; set; } = -1;

    /// <summary>"information-security-policy_v000002": policy ids are slugs (no '_'), so the key cannot collide.</summary>
    public static string KeyOf(string policyId, int version) => $"{policyId}_v{version:D6}";
}

/// <summary>The audience the CISO chose for a policy's future versions (PK "audience", RK policy id).</summary>
public sealed class AckAudienceRow : ITableEntity
{
    public const string Partition = "audience";

    public string PartitionKey { get; set; } = Partition;
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string Audience { get; set; } = "all";
    public string SetBy { get; set; } = "";
    public DateTimeOffset SetAt { get; set; }
}

/// <summary>One person asked to acknowledge one version: PK the campaign key, RK the person's Entra object id.</summary>
public sealed class AckRecipientRow : ITableEntity, INotReachedColumns
{
    public string PartitionKey { get; set; } = "";
    public string RowKey { get; set; } = "";
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string State { get; set; } = AckStates.Pending;
    public string DisplayName { get; set; } = "";
    /// <summary>"en" or "da", from the user's preferredLanguage.</summary>
    public string Language { get; set; } = "en";
    public int Attempts { get; set; }
    public string? FailureReason { get; set; }
    public string? FailureCode { get; set; }
    public string? FailureArgs { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? SendingSince { get; set; }
    public DateTimeOffset? AskedAt { get; set; }
    public string? ConversationId { get; set; }
    public string? ActivityId { get; set; }
    public int RemindersSent { get; set; }
    public DateTimeOffset? LastReminderAt { get; set; }
    public DateTimeOffset? AcknowledgedAt { get; set; }
    /// <summary>"Card" or "Tab".</summary>
    public string? Channel { get; set; }

    public string ObjectId => RowKey;

    /// <summary>The domain view. Sending and Unknown map to Pending: the domain has no notion of an ambiguous send.</summary>
    public PolicyAcknowledgement ToDomain(string sha256, int maxAttempts) => PolicyAcknowledgement.Restore(ObjectId, sha256, maxAttempts,
        State switch
        {
            AckStates.Asked => AcknowledgementState.Asked,
            AckStates.Acknowledged => AcknowledgementState.Acknowledged,
            AckStates.Failed => AcknowledgementState.Failed,
            _ => AcknowledgementState.Pending,
        },
        AskedAt, Attempts, FailureReason, RemindersSent, LastReminderAt, AcknowledgedAt,
        Enum.TryParse<AcknowledgementChannel>(Channel, out var c) ? c : null);

    /// <summary>Writes a domain transition's result back onto the row.</summary>
    public void Apply(PolicyAcknowledgement p)
    {
        State = p.State.ToString();
        AskedAt = p.AskedAt;
        Attempts = p.Attempts;
        FailureReason = p.FailureReason;
        RemindersSent = p.RemindersSent;
        LastReminderAt = p.LastReminderAt;
        AcknowledgedAt = p.AcknowledgedAt;
        Channel = p.Channel?.ToString();
    }
}
