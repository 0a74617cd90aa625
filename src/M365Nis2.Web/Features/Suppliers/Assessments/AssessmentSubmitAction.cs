using System.Text.Json;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Teams;
using M365Nis2.Teams.Routing;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>
/// supplier.assessment.submit: the owner's answers from the card. Incomplete answers come back as the same form with the
/// problems on top and every entered answer kept; a valid submit is recorded once and replaced by the summary card; a
/// second click shows the same summary and changes nothing.
/// </summary>
public sealed class AssessmentSubmitAction(AssessmentService assessments, AssessmentCards cards) : ICardAction
{
    public async Task<InvokeResponse> HandleAsync(TurnContext turn, JsonElement data, CancellationToken ct)
    {
        string? Get(string name) => data.ValueKind == JsonValueKind.Object && data.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        if (Get("supplierId") is not { } supplierId || Get("assessmentId") is not { } assessmentId || turn.CallerObjectId is not { } caller)
            return InvokeResponse.BadRequest("BadRequest", "The card is missing its assessment, or the caller is unknown.");

        var answers = ReadAnswers(data, out var unreadable);
        var outcome = await assessments.SubmitAsync(supplierId, assessmentId, caller, turn.CallerName ?? caller, answers, ct);
        if (outcome.Refusal is { } refusal)
            return InvokeResponse.BadRequest("NotAllowed", refusal);
        if (outcome.Problems.Count > 0 || unreadable.Count > 0)
            return InvokeResponse.Card(cards.Form(outcome.Supplier!, outcome.Assessment!, answers, [.. unreadable, .. outcome.Problems]));
        var s = outcome.Supplier!;
        return InvokeResponse.Card(cards.Done(s, outcome.Assessment!, outcome.Raised, AssessmentSchedule.NextDue(s.Tier, s.RegisteredOn, s.LastAssessedOn)));
    }

    private static List<QuestionAnswer> ReadAnswers(JsonElement data, out List<string> unreadable)
    {
        unreadable = [];
        var answers = new List<QuestionAnswer>();
        if (data.ValueKind != JsonValueKind.Object)
            return answers;
        foreach (var p in data.EnumerateObject().Where(p => p.Name.StartsWith(AssessmentCards.AnswerPrefix, StringComparison.Ordinal)))
        {
            var id = p.Name[AssessmentCards.AnswerPrefix.Length..];
            var raw = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString() : null;
            if (string.IsNullOrEmpty(raw))
                continue; // reported as "not answered" by the scoring
            if (AssessmentText.ParseAnswer(raw) is not { } answer)
            {
                unreadable.Add($"Question '{id}' has an unknown answer '{raw}'.");
                continue;
            }
            var comment = data.TryGetProperty(AssessmentCards.CommentPrefix + id, out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null;
            answers.Add(new QuestionAnswer(id, answer, string.IsNullOrWhiteSpace(comment) ? null : comment.Trim()));
        }
        return answers;
    }
}
