using Azure;
using Azure.Data.Tables;
using M365Nis2.Domain.Training;
using M365Nis2.Web.Platform;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>
/// Where a recipient is in the fan-out. Sending and Unknown exist only here (not in the domain): Sending is written
/// with the row's ETag just before the connector call, Unknown is a Sending row found by the next runner after a crash
/// (the prompt may or may not have arrived; it is never resent automatically).
/// </summary>
[FeatureContract]
public static class RecipientStates
{
    public const string Pending = nameof(RecipientState.Pending);
    public const string Sending = "Sending";
    public const string Unknown = "Unknown";
    public const string Prompted = nameof(RecipientState.Prompted);
    public const string Completed = nameof(RecipientState.Completed);
    public const string OptedOut = nameof(RecipientState.OptedOut);
    public const string Failed = nameof(RecipientState.Failed);
}

/// <summary>Campaign header: PK "campaign", RK campaign id. Written after every recipient row, as "Open".</summary>
public sealed class CampaignRow : ITableEntity
{
    public const string Partition = "campaign";

    public string PartitionKey { get; set; } = Partition;

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string ModuleId { get; set; } = "";

    /// <summary>The module version the campaign pinned (0 on rows from before versions: the built-in's only version).</summary>
    public int ModuleVersion { get; set; }

    public string Audience { get; set; } = "";

    public string CreatedBy { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public int RecipientCount { get; set; }

    public string State { get; set; } = "Open";
}

/// <summary>One recipient: PK campaign id, RK the user's Entra object id.</summary>
public sealed class RecipientRow : ITableEntity, INotReachedColumns
{
    public string PartitionKey { get; set; } = "";

    public string RowKey { get; set; } = "";

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string State { get; set; } = RecipientStates.Pending;

    public string ModuleId { get; set; } = "";

    /// <summary>The pinned version this person is taught and graded against (see <see cref="CampaignRow.ModuleVersion"/>).</summary>
    public int ModuleVersion { get; set; }

    public string DisplayName { get; set; } = "";

    /// <summary>"en" or "da", from the user's preferredLanguage.</summary>
    public string Language { get; set; } = "en";

    public int Attempts { get; set; }

    public string? FailureReason { get; set; }

    public string? FailureCode { get; set; }

    public string? FailureArgs { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? SendingSince { get; set; }

    public DateTimeOffset? PromptedAt { get; set; }

    public string? ConversationId { get; set; }

    public string? ActivityId { get; set; }

    public int RemindersSent { get; set; }

    public DateTimeOffset? LastReminderAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public double? Score { get; set; }

    public bool? Passed { get; set; }

    /// <summary>The submitted answers as JSON (question id → option index), so the result card can be shown again.</summary>
    public string? Answers { get; set; }

    public string CampaignId => PartitionKey;

    public string ObjectId => RowKey;

    /// <summary>A copy to change without changing this one (every property is a value or a string).</summary>
    public RecipientRow Copy() => (RecipientRow)MemberwiseClone();

    /// <summary>
    /// The domain view, rebuilt by replaying the transitions the row records (the domain type has private setters).
    /// Sending and Unknown map to Pending: the domain has no notion of an ambiguous send.
    /// </summary>
    public RecipientProgress ToDomain(int maxAttempts)
    {
        var p = new RecipientProgress(ObjectId, maxAttempts);
        var failedAttempts = State == RecipientStates.Failed ? maxAttempts : Math.Min(Attempts - (PromptedAt is null ? 0 : 1), maxAttempts - 1);
        for (var i = 0; i < failedAttempts; i++)
        {
            p = p.SendFailed(FailureReason ?? "", PromptedAt ?? DateTimeOffset.MinValue).Recipient;
        }
        if (State == RecipientStates.OptedOut)
        {
            return p.OptedOut(DateTimeOffset.MinValue).Recipient;
        }
        if (PromptedAt is not { } prompted)
        {
            return p;
        }
        p = p.Prompted(prompted).Recipient;
        for (var i = 0; i < RemindersSent; i++)
        {
            p = p.Reminded(i == RemindersSent - 1 ? LastReminderAt ?? prompted : prompted).Recipient;
        }
        if (State == RecipientStates.Completed && CompletedAt is { } completed)
        {
            p = p.Completed(new QuizResult((decimal)(Score ?? 0), 0, 0, Passed == true, []), completed).Recipient;
        }
        return p;
    }
}
