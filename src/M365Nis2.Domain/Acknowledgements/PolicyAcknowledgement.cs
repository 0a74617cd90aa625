using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Acknowledgements;

public enum AcknowledgementState
{
    /// <summary>In the audience; the card has not been sent (yet).</summary>
    Pending = 0,

    /// <summary>The "read and accept" card arrived in the person's chat.</summary>
    Asked,

    /// <summary>The person confirmed they read and accept this version (final).</summary>
    Acknowledged,

    /// <summary>The card could not be delivered after the allowed attempts (they can still acknowledge in the tab).</summary>
    Failed,
}

/// <summary>Where an acknowledgement was given.</summary>
public enum AcknowledgementChannel
{
    Card = 0,
    Tab,
}

/// <summary>The result of a transition: the acknowledgement afterwards, and why nothing changed when refused.</summary>
/// <param name="Why">The refusal as a coded text (<see cref="AcknowledgementTexts"/>), rendered in the reader's language.</param>
public sealed record AcknowledgementTransition(PolicyAcknowledgement Acknowledgement, bool Applied, CodedText? Why = null)
{
    /// <summary>The refusal in English (API details, logs).</summary>
    public string? Refusal => Why?.English;
}

/// <summary>
/// One person's acknowledgement of one approved policy version: Pending → Asked → Acknowledged, Pending → Failed after
/// <paramref name="MaxAttempts"/> failed sends. Acknowledging is allowed from every state but Acknowledged (someone
/// who read the policy in the tab before their card arrived, or whose chat could not be reached, has still read it),
/// and only against the hash of the version that was approved. A repeated transition is refused without change, so a
/// second click records nothing and nobody is asked twice.
/// </summary>
public sealed record PolicyAcknowledgement(string ObjectId, string DocumentSha256, int MaxAttempts = 3)
{
    public AcknowledgementState State { get; private init; } = AcknowledgementState.Pending;
    public DateTimeOffset? AskedAt { get; private init; }
    public int Attempts { get; private init; }
    public string? FailureReason { get; private init; }
    public int RemindersSent { get; private init; }
    public DateTimeOffset? LastReminderAt { get; private init; }
    public DateTimeOffset? AcknowledgedAt { get; private init; }
    public AcknowledgementChannel? Channel { get; private init; }

    public bool IsAcknowledged => State == AcknowledgementState.Acknowledged;

    public AcknowledgementTransition Asked(DateTimeOffset at) => State == AcknowledgementState.Pending
        ? Ok(this with { State = AcknowledgementState.Asked, AskedAt = at, Attempts = Attempts + 1 })
        : Refuse(AcknowledgementTexts.NotAskedAgain.With(StateText));

    /// <summary>A failed send: stays Pending for a retry until <see cref="MaxAttempts"/>, then Failed with the last reason.</summary>
    public AcknowledgementTransition SendFailed(string reason) => State == AcknowledgementState.Pending
        ? Ok(this with
        {
            Attempts = Attempts + 1,
            FailureReason = reason,
            State = Attempts + 1 >= MaxAttempts ? AcknowledgementState.Failed : AcknowledgementState.Pending,
        })
        : Refuse(AcknowledgementTexts.SendFailureIgnored.With(StateText));

    public AcknowledgementTransition Reminded(DateTimeOffset at) => State == AcknowledgementState.Asked
        ? Ok(this with { RemindersSent = RemindersSent + 1, LastReminderAt = at })
        : Refuse(AcknowledgementTexts.NotReminded.With(StateText));

    /// <param name="presentedSha256">The hash the card or the tab showed; null when the caller did not state one.</param>
    public AcknowledgementTransition Acknowledge(string? presentedSha256, AcknowledgementChannel channel, DateTimeOffset at)
    {
        if (State == AcknowledgementState.Acknowledged)
            return Refuse(AcknowledgementTexts.AlreadyAcknowledged.With());
        if (presentedSha256 is not null && !string.Equals(presentedSha256, DocumentSha256, StringComparison.OrdinalIgnoreCase))
            return Refuse(AcknowledgementTexts.WrongVersion.With());
        return Ok(this with { State = AcknowledgementState.Acknowledged, AcknowledgedAt = at, Channel = channel });
    }

    /// <summary>Asked, not acknowledged, at most <paramref name="maxReminders"/> so far, and the last card at least <paramref name="minDaysBetween"/> days ago.</summary>
    public bool IsDueForReminder(DateTimeOffset now, int minDaysBetween, int maxReminders) =>
        State == AcknowledgementState.Asked && RemindersSent < maxReminders
        && (LastReminderAt ?? AskedAt) is { } last && now - last >= TimeSpan.FromDays(minDaysBetween);

    /// <summary>Rebuilds the stored state (for rows read back from storage); every value is taken as it was recorded.</summary>
    public static PolicyAcknowledgement Restore(string objectId, string documentSha256, int maxAttempts, AcknowledgementState state,
        DateTimeOffset? askedAt, int attempts, string? failureReason, int remindersSent, DateTimeOffset? lastReminderAt,
        DateTimeOffset? acknowledgedAt, AcknowledgementChannel? channel) => new(objectId, documentSha256, maxAttempts)
    {
        State = state,
        AskedAt = askedAt,
        Attempts = attempts,
        FailureReason = failureReason,
        RemindersSent = remindersSent,
        LastReminderAt = lastReminderAt,
        AcknowledgedAt = acknowledgedAt,
        Channel = channel,
    };

    private static AcknowledgementTransition Ok(PolicyAcknowledgement next) => new(next, true);

    private AcknowledgementTransition Refuse(CodedText why) => new(this, false, why);

    private CodedText StateText => (State switch
    {
        AcknowledgementState.Pending => AcknowledgementTexts.StatePending,
        AcknowledgementState.Asked => AcknowledgementTexts.StateAsked,
        AcknowledgementState.Acknowledged => AcknowledgementTexts.StateAcknowledged,
        _ => AcknowledgementTexts.StateFailed,
    }).With();
}
