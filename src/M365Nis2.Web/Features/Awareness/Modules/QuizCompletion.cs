using System.Text.Json;
using M365Nis2.Domain.Texts;
using M365Nis2.Domain.Training;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Awareness;

public enum QuizOutcomeKind
{
    Completed,
    AlreadyCompleted,
    NotARecipient,
    InvalidAnswers,
    NotOpen,
    Conflict,
}

/// <summary>What answering did; <see cref="Module"/> is the pinned module in the asked language (null only when the caller is no recipient).</summary>
/// <param name="Why">Why nothing was recorded, coded for the learner's language; empty with a result.</param>
public sealed record QuizOutcome(QuizOutcomeKind Kind, AwarenessModule? Module, QuizResult? Result, IReadOnlyList<CodedText> Why)
{
    public bool HasResult => Result is not null;

    /// <summary>Why nothing was recorded, in English (what API clients have always read).</summary>
    public IReadOnlyList<string> Problems => ProblemsIn(TextLanguage.English);

    public IReadOnlyList<string> ProblemsIn(string? language) => [.. Why.Select(w => w.InLanguage(language))];
}

/// <summary>
/// Grading and recording a quiz, the same for the card's submit and the tab: the answers are scored against the
/// version the campaign pinned, stored once (ETag), and a second answer shows the stored result and changes nothing.
/// Answering proves the module reached the person, so a row still Pending, Sending or Unknown counts as prompted now
/// (a fan-out send racing it loses its ETag and does not prompt again). Opted-out and failed rows are closed.
/// </summary>
public sealed class QuizCompletion(CampaignStore store, ModuleLibrary library, IOptions<AwarenessOptions> options, TimeProvider time,
    ILogger<QuizCompletion> logger)
{
    public async Task<QuizOutcome> CompleteAsync(string campaignId, string objectId, IReadOnlyDictionary<string, int> answers, string? language,
        CancellationToken ct)
    {
        // The row as this instance last wrote it (the fan-out that prompted this person, usually) saves a read; it is
        // only trusted as the basis of the ETag-checked write below, so any answer that writes nothing reads it fresh.
        var row = store.RememberedRecipient(campaignId, objectId);
        for (var attempt = 0; attempt < 3;)
        {
            var remembered = row is not null;
            row ??= await store.FindRecipientAsync(campaignId, objectId, ct);
            if (row is null
                || await library.FindAsync(row.ModuleId, row.ModuleVersion, language ?? row.Language, ct) is not { } module)
            {
                return new(QuizOutcomeKind.NotARecipient, null, null, [ModuleTexts.QuizNotSent.With()]);
            }
            var outcome = Answer(row, module, answers);
            if (outcome.Kind != QuizOutcomeKind.Completed)
            {
                if (!remembered || outcome.Kind == QuizOutcomeKind.InvalidAnswers)
                    return outcome;
                row = null; // confirm with storage before answering without a write
                continue;
            }
            if (await store.TryReplaceAsync(row, ct))
            {
                logger.LogInformation("Awareness {Campaign}: {User} completed {Module} v{Version} with {Score}", campaignId, objectId, module.Id, module.Version, row.Score);
                return outcome;
            }
            row = null;
            attempt++;
        }
        return new(QuizOutcomeKind.Conflict, null, null, [ModuleTexts.QuizNotSaved.With()]);
    }

    /// <summary>
    /// What answering this row does: Completed after the row was changed to completed (the caller writes it), or an
    /// outcome that writes nothing (already completed, invalid answers, closed).
    /// </summary>
    private QuizOutcome Answer(RecipientRow row, AwarenessModule module, IReadOnlyDictionary<string, int> answers)
    {
        if (StoredResult(row, module) is { } previous)
            return new(QuizOutcomeKind.AlreadyCompleted, module, previous, []);
        var scoring = module.Score(answers);
        if (scoring.Result is not { } result)
            return new(QuizOutcomeKind.InvalidAnswers, module, null, scoring.Texts);
        var progress = row.ToDomain(options.Value.MaxAttempts);
        var now = time.GetUtcNow();
        if (progress.State == RecipientState.Pending && row.State is RecipientStates.Pending or RecipientStates.Sending or RecipientStates.Unknown)
        {
            progress = progress.Prompted(now).Recipient;
            row.PromptedAt = now;
            row.Attempts++;
        }
        var completed = progress.Completed(result, now);
        if (!completed.Applied)
            return new(QuizOutcomeKind.NotOpen, module, null, [completed.Why ?? ModuleTexts.QuizClosed.With()]);
        row.State = RecipientStates.Completed;
        row.CompletedAt = now;
        row.Score = (double)result.Score;
        row.Passed = result.Passed;
        row.SendingSince = null;
        row.Answers = JsonSerializer.Serialize(result.Questions.ToDictionary(q => q.QuestionId, q => q.ChosenOption));
        return new(QuizOutcomeKind.Completed, module, result, []);
    }

    /// <summary>The result a completed row stored, re-scored against its pinned module (so it can be shown again); null otherwise.</summary>
    public static QuizResult? StoredResult(RecipientRow row, AwarenessModule module) =>
        row.State == RecipientStates.Completed && row.Answers is { } json
        && JsonSerializer.Deserialize<Dictionary<string, int>>(json) is { } stored ? module.Score(stored).Result : null;
}
