using System.Globalization;
using System.Text.Json;
using M365Nis2.Domain.Training;
using M365Nis2.Domain.Training.Modules;
using M365Nis2.Teams;
using M365Nis2.Teams.Routing;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>
/// awareness.submit: scores the answers in the card, stores the completion once (ETag) and answers with the result
/// card. A second submit shows the stored result and changes nothing. A submit while the row is still Sending or
/// Unknown proves the card arrived, so it counts as prompted.
/// </summary>
public sealed class AwarenessSubmitAction(CampaignStore store, AwarenessCards cards, IOptions<AwarenessOptions> options, TimeProvider time,
    ILogger<AwarenessSubmitAction> logger) : ICardAction
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct)
    {
        var campaignId = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("campaignId", out var c) ? c.GetString() : null;
        if (campaignId is null || turn.CallerObjectId is not { } caller)
        {
            return InvokeResponse.BadRequest("BadRequest", "The card is missing its campaign, or the caller is unknown.");
        }
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (await store.FindRecipientAsync(campaignId, caller, ct) is not { } row)
            {
                return InvokeResponse.BadRequest("NotARecipient", "This awareness module was not sent to you.");
            }
            var module = AwarenessModules.Find(row.ModuleId, row.Language)!;
            using var culture = BotCulture.Use(CampaignService.CultureOf(module.Language));
            if (row.State == RecipientStates.Completed && ParseStored(row.Answers) is { } stored && module.Score(stored).Result is { } previous)
            {
                return InvokeResponse.Card(cards.Result(module, previous));
            }
            var scoring = module.Score(ReadAnswers(data));
            if (scoring.Result is not { } result)
            {
                return InvokeResponse.BadRequest("IncompleteAnswers", string.Join(" ", scoring.Problems));
            }
            var progress = row.ToDomain(options.Value.MaxAttempts);
            var now = time.GetUtcNow();
            if (progress.State == RecipientState.Pending && row.State is RecipientStates.Sending or RecipientStates.Unknown)
            {
                progress = progress.Prompted(now).Recipient;
                row.PromptedAt = now;
                row.Attempts++;
            }
            var completed = progress.Completed(result, now);
            if (!completed.Applied)
            {
                return InvokeResponse.BadRequest("NotOpen", completed.Refusal ?? "This module cannot be completed.");
            }
            row.State = RecipientStates.Completed;
            row.CompletedAt = now;
            row.Score = (double)result.Score;
            row.Passed = result.Passed;
            row.Answers = JsonSerializer.Serialize(result.Questions.ToDictionary(q => q.QuestionId, q => q.ChosenOption));
            if (await store.TryReplaceAsync(row, ct))
            {
                logger.LogInformation("Awareness {Campaign}: {User} completed {Module} with {Score}", campaignId, caller, module.Id, result.Score);
                return InvokeResponse.Card(cards.Result(module, result));
            }
        }
        return InvokeResponse.Error(409, "Conflict", "Your answers could not be saved; please try again.");
    }

    private static Dictionary<string, int> ReadAnswers(JsonElement data)
    {
        var answers = new Dictionary<string, int>();
        foreach (var p in data.EnumerateObject().Where(p => p.Name.StartsWith(AwarenessCards.AnswerPrefix, StringComparison.Ordinal)))
        {
            var raw = p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetRawText() : p.Value.GetString();
            answers[p.Name[AwarenessCards.AnswerPrefix.Length..]] = int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : -1;
        }
        return answers;
    }

    private static Dictionary<string, int>? ParseStored(string? json) =>
        json is null ? null : JsonSerializer.Deserialize<Dictionary<string, int>>(json);
}
