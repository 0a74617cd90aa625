using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Training;

/// <summary>
/// A single-choice quiz question; <see cref="CorrectOption"/> is the zero-based index into <see cref="Options"/>.
/// A CISO-authored question may accept more than one option (<see cref="AlsoCorrect"/>): the employee still picks one,
/// and any option marked correct counts.
/// </summary>
public sealed record QuizQuestion(string Id, string Text, IReadOnlyList<string> Options, int CorrectOption)
{
    public IReadOnlyList<int> AlsoCorrect { get; init; } = [];

    public IReadOnlyList<int> CorrectOptions => [CorrectOption, .. AlsoCorrect.Where(i => i != CorrectOption)];

    public bool Accepts(int option) => option == CorrectOption || AlsoCorrect.Contains(option);
}

/// <summary>Whether one question was answered correctly (<see cref="CorrectOption"/> is the first correct option).</summary>
public sealed record QuestionResult(string QuestionId, int ChosenOption, int CorrectOption, bool IsCorrect);

/// <summary>A scored quiz: <see cref="Score"/> is the fraction correct (0..1).</summary>
public sealed record QuizResult(decimal Score, int Correct, int Total, bool Passed, IReadOnlyList<QuestionResult> Questions);

/// <summary>Either a result or the problems with the answers (never both).</summary>
/// <param name="Problems">The problems in English; <see cref="Texts"/> has them coded for the learner's language.</param>
public sealed record QuizScoring(QuizResult? Result, IReadOnlyList<string> Problems)
{
    public QuizScoring(IReadOnlyList<CodedText> problems)
        : this(null, [.. problems.Select(p => p.English)])
    {
        Texts = problems;
    }

    public IReadOnlyList<CodedText> Texts { get; init; } = [];

    public bool IsValid => Result is not null;
}

/// <summary>
/// A short awareness module (Art. 21(2)(g)): content paragraphs and a quiz. <see cref="PassMark"/> is a fraction, e.g. 0.75;
/// a score equal to the pass mark passes. Ids are shared across languages, so "phishing" in English and Danish is one module.
/// </summary>
public sealed record AwarenessModule(string Id, string Language, string Title, IReadOnlyList<string> Paragraphs,
    IReadOnlyList<QuizQuestion> Questions, decimal PassMark)
{
    /// <summary>The version people were taught: built-ins are always 1; a CISO-authored module counts its published versions.</summary>
    public int Version { get; init; } = 1;

    /// <summary>True for the CISO's own modules (their text is user input: cards escape it).</summary>
    public bool Authored { get; init; }

    /// <summary>
    /// Scores answers given as question id → chosen option index. Every question must be answered exactly once with an
    /// option that exists; otherwise nothing is scored and every problem is listed.
    /// </summary>
    public QuizScoring Score(IReadOnlyDictionary<string, int> answers)
    {
        var problems = new List<CodedText>();
        foreach (var id in answers.Keys.Where(id => !Questions.Any(q => q.Id == id)))
            problems.Add(ModuleTexts.QuizUnknownQuestion.With(id, Id));
        foreach (var question in Questions)
        {
            if (!answers.TryGetValue(question.Id, out var chosen))
                problems.Add(ModuleTexts.QuizNotAnswered.With(question.Id));
            else if (chosen < 0 || chosen >= question.Options.Count)
                problems.Add(ModuleTexts.QuizNoOption.With(question.Id, chosen, question.Options.Count - 1));
        }
        if (problems.Count > 0)
            return new(problems);

        var results = Questions.Select(q => new QuestionResult(q.Id, answers[q.Id], q.CorrectOption, q.Accepts(answers[q.Id]))).ToList();
        var correct = results.Count(r => r.IsCorrect);
        var score = Questions.Count == 0 ? 1m : (decimal)correct / Questions.Count;
        return new(new(score, correct, Questions.Count, score >= PassMark, results), []);
    }

    /// <summary>Problems with the module itself; empty when valid. Tests run this over every built-in module.</summary>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (PassMark is <= 0 or > 1) errors.Add($"{Id}/{Language}: pass mark must be in (0, 1].");
        if (Paragraphs.Count == 0) errors.Add($"{Id}/{Language}: no content.");
        if (Questions.Count == 0) errors.Add($"{Id}/{Language}: no questions.");
        if (Questions.Select(q => q.Id).Distinct().Count() != Questions.Count) errors.Add($"{Id}/{Language}: duplicate question ids.");
        errors.AddRange(Questions.Where(q => q.Options.Count < 2 || q.CorrectOptions.Any(i => i < 0 || i >= q.Options.Count))
            .Select(q => $"{Id}/{Language}: question '{q.Id}' needs at least two options and a valid correct option."));
        return errors;
    }
}
