using M365Nis2.Domain.Training;
using M365Nis2.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Http.HttpResults;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>One module assigned to the caller, with their own result (no one else's).</summary>
public sealed record MyModule(string CampaignId, string ModuleId, int Version, string Title, string TitleDa, string State, DateTimeOffset? PromptedAt,
    DateTimeOffset? CompletedAt, double? Score, bool? Passed);

public sealed record QuizAnswer(string? QuestionId, int? Option);

/// <param name="Language">"en" or "da": the language the quiz was shown in (the tab's); the person's own language when absent.</param>
public sealed record QuizAnswersRequest(IReadOnlyList<QuizAnswer?>? Answers, string? Language);

public sealed record QuizQuestionResult(string QuestionId, int Chosen, IReadOnlyList<int> CorrectOptions, bool IsCorrect);

public sealed record QuizResultView(decimal Score, int Correct, int Total, bool Passed, IReadOnlyList<QuizQuestionResult> Questions)
{
    public static QuizResultView? Of(AwarenessModule module, QuizResult? result) => result is null ? null : new(result.Score, result.Correct, result.Total,
        result.Passed, [.. result.Questions.Select(r => new QuizQuestionResult(r.QuestionId, r.ChosenOption,
            module.Questions.First(q => q.Id == r.QuestionId).CorrectOptions, r.IsCorrect))]);
}

/// <summary>A module the caller was sent, to read and answer in the tab; <see cref="Result"/> (with the right answers) once answered.</summary>
public sealed record MyQuiz(string CampaignId, string State, QuizView Module, QuizResultView? Result);

/// <summary>
/// "My modules and results" for every member, and the quiz in the tab: the same module version, grading and record
/// as the card in chat (<see cref="QuizCompletion"/>), so someone the bot cannot reach can still do the module.
/// </summary>
public static class MyAwareness
{
    public static WebApplication MapMyAwareness(this WebApplication app)
    {
        var mine = app.MapGroup("/api/awareness/mine").RequireAuthorization(AuthPolicies.Member);
        mine.MapGet("", ListAsync);
        mine.MapGet("/{campaignId}", GetAsync);
        mine.MapPost("/{campaignId}/answers", AnswerAsync);
        return app;
    }

    private static async Task<Ok<List<MyModule>>> ListAsync(CampaignStore store, ModuleLibrary modules, HttpContext http, CancellationToken ct)
    {
        var list = new List<MyModule>();
        foreach (var r in (await store.RowsOfUserAsync(http.User.ObjectId() ?? "", ct)).OrderByDescending(r => r.PromptedAt ?? DateTimeOffset.MinValue))
        {
            var (en, da) = await modules.TitlesAsync(r.ModuleId, r.ModuleVersion, ct);
            list.Add(new MyModule(r.CampaignId, r.ModuleId, Math.Max(r.ModuleVersion, 1), en, da, r.State, r.PromptedAt, r.CompletedAt, r.Score, r.Passed));
        }
        return TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<MyQuiz>, NotFound>> GetAsync(string campaignId, string? lang, CampaignStore store, ModuleLibrary modules,
        HttpContext http, CancellationToken ct)
    {
        if (await store.FindRecipientAsync(campaignId, http.User.ObjectId() ?? "", ct) is not { } row
            || await modules.FindAsync(row.ModuleId, row.ModuleVersion, Language(lang) ?? row.Language, ct) is not { } module)
            return TypedResults.NotFound();
        return TypedResults.Ok(new MyQuiz(campaignId, row.State, QuizView.Of(module), QuizResultView.Of(module, QuizCompletion.StoredResult(row, module))));
    }

    private static async Task<Results<Ok<MyQuiz>, NotFound, ValidationProblem, ProblemHttpResult>> AnswerAsync(string campaignId, QuizAnswersRequest request,
        QuizCompletion completion, HttpContext http, CancellationToken ct)
    {
        var answers = new Dictionary<string, int>();
        foreach (var a in request.Answers ?? [])
        {
            if (a?.QuestionId is not { } id || a.Option is not { } option)
                return AnswersRefused([ModuleTexts.QuizAnswerShape.With()]);
            answers[id] = option;
        }
        var outcome = await completion.CompleteAsync(campaignId, http.User.ObjectId() ?? "", answers, Language(request.Language), ct);
        return outcome switch
        {
            { Module: { } m, Result: { } r } => TypedResults.Ok(new MyQuiz(campaignId, RecipientStates.Completed, QuizView.Of(m), QuizResultView.Of(m, r))),
            { Kind: QuizOutcomeKind.NotARecipient } => TypedResults.NotFound(),
            { Kind: QuizOutcomeKind.InvalidAnswers } => AnswersRefused(outcome.Why, ModuleTexts.QuizAnswerTitle.With()),
            _ => TypedResults.Problem(string.Join(" ", outcome.Problems), statusCode: 409, title: ModuleTexts.QuizNotRecordedTitle.English,
                extensions: Danish(outcome.Why, ModuleTexts.QuizNotRecordedTitle.With())),
        };
    }

    // English as before (the errors under "answers", the title); the Danish twins for the tab's Danish reader.
    private static ValidationProblem AnswersRefused(IReadOnlyList<CodedText> why, CodedText? title = null) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["answers"] = [.. why.Select(w => w.English)] }, title: title?.English,
            extensions: Danish(why, title));

    private static Dictionary<string, object?> Danish(IReadOnlyList<CodedText> why, CodedText? title) => new()
    {
        ["code"] = why.Count > 0 ? why[0].Code : null,
        ["detailDa"] = string.Join(" ", why.Select(w => w.Danish)),
        ["problemsDa"] = why.Select(w => w.Danish).ToList(),
        ["titleDa"] = title?.Danish,
    };

    private static string? Language(string? lang) => lang is null ? null : CampaignService.LanguageOf(lang);
}
