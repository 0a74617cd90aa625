using System.Text.Json;
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
public sealed record QuizOutcome(QuizOutcomeKind Kind, AwarenessModule? Module, QuizResult? Result, IReadOnlyList<string> Problems)
{
    public bool HasResult => Result is not null;
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
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await store.FindRecipientAsync(campaignId, objectId, ct) is not { } row
                || await library.FindAsync(row.ModuleId, row.ModuleVersion, language ?? row.Language, ct) is not { } module)
            {
                return new(QuizOutcomeKind.NotARecipient, null, null, ["This awareness module was not sent to you."]);
            }
            if (StoredResult(row, module) is { } previous)
                return new(QuizOutcomeKind.AlreadyCompleted, module, previous, []);
            var scoring = module.Score(answers);
            if (scoring.Result is not { } result)
                return new(QuizOutcomeKind.InvalidAnswers, module, null, scoring.Problems);
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
                return new(QuizOutcomeKind.NotOpen, module, null, [completed.Refusal ?? "This module cannot be completed."]);
            row.State = RecipientStates.Completed;
            row.CompletedAt = now;
            row.Score = (double)result.Score;
            row.Passed = result.Passed;
            row.SendingSince = null;
            row.Answers = JsonSerializer.Serialize(result.Questions.ToDictionary(q => q.QuestionId, q => q.ChosenOption));
            if (await store.TryReplaceAsync(row, ct))
            {
                logger.LogInformation("Awareness {Campaign}: {User} completed {Module} v{Version} with {Score}", campaignId, objectId, module.Id, module.Version, result.Score);
                return new(QuizOutcomeKind.Completed, module, result, []);
            }
        }
        return new(QuizOutcomeKind.Conflict, null, null, ["Your answers could not be saved; please try again."]);
    }

    /// <summary>The result a completed row stored, re-scored against its pinned module (so it can be shown again); null otherwise.</summary>
    public static QuizResult? StoredResult(RecipientRow row, AwarenessModule module) =>
        row.State == RecipientStates.Completed && row.Answers is { } json
        && JsonSerializer.Deserialize<Dictionary<string, int>>(json) is { } stored ? module.Score(stored).Result : null;
}
