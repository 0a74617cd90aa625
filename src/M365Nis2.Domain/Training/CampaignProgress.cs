using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Training;

public enum RecipientState
{
    Pending = 0,
    Prompted,
    Completed,
    OptedOut,
    /// <summary>Could not be prompted (e.g. no chat with the bot) after the allowed attempts.</summary>
    Failed,
}

/// <summary>The result of a transition: the recipient afterwards, and why nothing changed when refused.</summary>
public sealed record RecipientTransition(RecipientProgress Recipient, bool Applied, string? Refusal = null)
{
    /// <summary>The refusal as a coded text where the learner reads it (completing); null elsewhere.</summary>
    public CodedText? Why { get; init; }
}

/// <summary>
/// One recipient in an awareness campaign: Pending → Prompted → Completed / OptedOut, or Pending → Failed after
/// <paramref name="MaxAttempts"/> failed sends. Immutable; every transition returns a <see cref="RecipientTransition"/>,
/// and a repeated transition (the fan-out job resuming after a crash) is refused without change, so nobody is prompted twice.
/// A completed quiz is final, passed or not (retakes are not modelled).
/// </summary>
public sealed record RecipientProgress(string ObjectId, int MaxAttempts = 3)
{
    public RecipientState State { get; private init; } = RecipientState.Pending;
    public DateTimeOffset? PromptedAt { get; private init; }
    public int RemindersSent { get; private init; }
    public DateTimeOffset? LastReminderAt { get; private init; }
    public DateTimeOffset? CompletedAt { get; private init; }
    public decimal? Score { get; private init; }
    public bool? Passed { get; private init; }
    public int Attempts { get; private init; }
    public string? FailureReason { get; private init; }

    public bool IsFinal => State is RecipientState.Completed or RecipientState.OptedOut or RecipientState.Failed;

    public RecipientTransition Prompted(DateTimeOffset at) => State == RecipientState.Pending
        ? Ok(this with { State = RecipientState.Prompted, PromptedAt = at, Attempts = Attempts + 1 })
        : Refuse($"Already {State}; not prompted again.");

    /// <summary>A failed send: stays Pending for a retry until <see cref="MaxAttempts"/>, then Failed with the last reason.</summary>
    public RecipientTransition SendFailed(string reason, DateTimeOffset at) => State == RecipientState.Pending
        ? Ok(this with
        {
            Attempts = Attempts + 1,
            FailureReason = reason,
            State = Attempts + 1 >= MaxAttempts ? RecipientState.Failed : RecipientState.Pending,
        })
        : Refuse($"Already {State}; a send failure does not apply.");

    public RecipientTransition Reminded(DateTimeOffset at) => State == RecipientState.Prompted
        ? Ok(this with { RemindersSent = RemindersSent + 1, LastReminderAt = at })
        : Refuse($"Only a prompted recipient can be reminded (state {State}).");

    public RecipientTransition Completed(QuizResult result, DateTimeOffset at) => State == RecipientState.Prompted
        ? Ok(this with { State = RecipientState.Completed, CompletedAt = at, Score = result.Score, Passed = result.Passed })
        : Refuse(State == RecipientState.Completed ? ModuleTexts.QuizAlreadyCompleted.With() : ModuleTexts.QuizCannotComplete.With(StateWord(State)));

    /// <summary>Opting out is allowed before completion (Pending or Prompted).</summary>
    public RecipientTransition OptedOut(DateTimeOffset at) => State is RecipientState.Pending or RecipientState.Prompted
        ? Ok(this with { State = RecipientState.OptedOut })
        : Refuse($"Cannot opt out from {State}.");

    /// <summary>Prompted, not completed, at most <paramref name="maxReminders"/> so far, and the last prompt or reminder at least <paramref name="minDaysBetween"/> days ago.</summary>
    public bool IsDueForReminder(DateTimeOffset now, int minDaysBetween, int maxReminders) =>
        State == RecipientState.Prompted && RemindersSent < maxReminders
        && (LastReminderAt ?? PromptedAt) is { } last && now - last >= TimeSpan.FromDays(minDaysBetween);

    private static RecipientTransition Ok(RecipientProgress next) => new(next, true);

    private RecipientTransition Refuse(string why) => new(this, false, why);

    private RecipientTransition Refuse(CodedText why) => new(this, false, why.English) { Why = why };

    private static object StateWord(RecipientState state) => state switch
    {
        RecipientState.Pending => ModuleTexts.StatePending.With(),
        RecipientState.OptedOut => ModuleTexts.StateOptedOut.With(),
        RecipientState.Failed => ModuleTexts.StateFailed.With(),
        _ => state.ToString(),
    };
}

/// <summary>Campaign counts for the tab and for evidence.</summary>
/// <param name="Sent">Recipients who were prompted (whatever happened after).</param>
public sealed record CampaignCounts(int Recipients, int Pending, int Sent, int Completed, int Passed, int OptedOut, int Failed)
{
    public static CampaignCounts Of(IEnumerable<RecipientProgress> recipients)
    {
        var list = recipients.ToList();
        return new(list.Count,
            list.Count(r => r.State == RecipientState.Pending),
            list.Count(r => r.PromptedAt is not null),
            list.Count(r => r.State == RecipientState.Completed),
            list.Count(r => r.Passed == true),
            list.Count(r => r.State == RecipientState.OptedOut),
            list.Count(r => r.State == RecipientState.Failed));
    }

    /// <summary>Completed as a share of those prompted; 0 when nobody was prompted.</summary>
    public decimal CompletionRate => Sent == 0 ? 0m : (decimal)Completed / Sent;
}
