using System.Globalization;
using System.Text.Json;
using M365Nis2.Teams;
using M365Nis2.Teams.Routing;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>
/// awareness.submit: reads the answers in the card and lets <see cref="QuizCompletion"/> grade and record them against
/// the campaign's pinned module version; answers with the result card (the stored one on a second submit).
/// </summary>
public sealed class AwarenessSubmitAction(QuizCompletion completion, AwarenessCards cards) : ICardAction
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct)
    {
        var campaignId = data.ValueKind == JsonValueKind.Object && data.TryGetProperty("campaignId", out var c) ? c.GetString() : null;
        if (campaignId is null || turn.CallerObjectId is not { } caller)
        {
            return InvokeResponse.BadRequest("BadRequest", "The card is missing its campaign, or the caller is unknown.");
        }
        var outcome = await completion.CompleteAsync(campaignId, caller, ReadAnswers(data), null, ct);
        if (outcome is { Module: { } module, Result: { } result })
        {
            using var culture = BotCulture.Use(CampaignService.CultureOf(module.Language));
            return InvokeResponse.Card(cards.Result(module, result));
        }
        // In the module's language, as the card was (the clicker's Teams language when there is no module).
        var problems = string.Join(" ", outcome.ProblemsIn(outcome.Module?.Language ?? turn.Culture.Name));
        return outcome.Kind switch
        {
            QuizOutcomeKind.NotARecipient => InvokeResponse.BadRequest("NotARecipient", problems),
            QuizOutcomeKind.InvalidAnswers => InvokeResponse.BadRequest("IncompleteAnswers", problems),
            QuizOutcomeKind.NotOpen => InvokeResponse.BadRequest("NotOpen", problems),
            _ => InvokeResponse.Error(409, "Conflict", problems),
        };
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
}
