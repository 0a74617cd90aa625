using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Training.Authoring;

/// <summary>
/// One problem with an authored module, naming the field as the API and the tab spell it, e.g. "da.title" or
/// "questions[1].options[0].en". <see cref="Message"/> is English (as the API has always given it), <see cref="MessageDa"/> its Danish twin.
/// </summary>
public sealed record ModuleProblem(string Field, string Message)
{
    public static ModuleProblem Of(string field, CodedText text) => new(field, text.English) { MessageDa = text.Danish };

    public string? MessageDa { get; init; }
}

/// <summary>The text of a module in one language. <see cref="Body"/> is plain text; a blank line starts a new paragraph.</summary>
public sealed record ModuleText(string Title, string Intro, string Body);

/// <summary>An answer option in both languages; <see cref="Correct"/> marks it as a right answer.</summary>
public sealed record AuthoredOption(string En, string Da, bool Correct);

/// <summary>A single-choice question in both languages. More than one option may be correct: any of them counts.</summary>
public sealed record AuthoredQuestion(string En, string Da, IReadOnlyList<AuthoredOption> Options);

/// <summary>
/// What the CISO writes: English and Danish text, the quiz and the pass mark (percent of questions right). Both languages
/// share the questions and options, so a Danish and an English employee answer the same quiz and are graded alike.
/// A draft may be incomplete (<see cref="CheckLimits"/> only keeps it bounded); publishing needs <see cref="Validate"/> to pass.
/// </summary>
public sealed record ModuleContent(ModuleText En, ModuleText Da, IReadOnlyList<AuthoredQuestion> Questions, int PassPercent)
{
    public const int TitleMax = 120;
    public const int IntroMax = 600;
    public const int BodyMax = 6000;
    public const int QuestionsMax = 12;
    public const int QuestionMax = 400;
    public const int OptionsMin = 2;
    public const int OptionsMax = 5;
    public const int OptionMax = 200;
    public const int DefaultPassPercent = 75;

    public static IReadOnlyList<string> Languages { get; } = ["en", "da"];

    public ModuleText Text(string language) => language == "da" ? Da : En;

    /// <summary>
    /// Hard limits that hold even for a draft (lengths, counts, control characters), so what is stored stays bounded and
    /// printable. Empty fields are allowed here: a draft is work in progress.
    /// </summary>
    public IReadOnlyList<ModuleProblem> CheckLimits()
    {
        var problems = new List<ModuleProblem>();
        foreach (var language in Languages)
        {
            var text = Text(language);
            Limit(problems, $"{language}.title", text.Title, TitleMax, multiline: false);
            Limit(problems, $"{language}.intro", text.Intro, IntroMax, multiline: true);
            Limit(problems, $"{language}.body", text.Body, BodyMax, multiline: true);
        }
        if (Questions.Count > QuestionsMax)
            problems.Add(ModuleProblem.Of("questions", ModuleInputTexts.TooManyQuestions.With(QuestionsMax, Questions.Count)));
        foreach (var (question, q) in Questions.Take(QuestionsMax).Select((x, i) => (x, i)))
        {
            Limit(problems, $"questions[{q}].en", question.En, QuestionMax, multiline: false);
            Limit(problems, $"questions[{q}].da", question.Da, QuestionMax, multiline: false);
            if (question.Options.Count > OptionsMax)
                problems.Add(ModuleProblem.Of($"questions[{q}].options", ModuleInputTexts.TooManyOptions.With($"questions[{q}].options", OptionsMax, question.Options.Count)));
            foreach (var (option, o) in question.Options.Take(OptionsMax).Select((x, i) => (x, i)))
            {
                Limit(problems, $"questions[{q}].options[{o}].en", option.En, OptionMax, multiline: false);
                Limit(problems, $"questions[{q}].options[{o}].da", option.Da, OptionMax, multiline: false);
            }
        }
        if (PassPercent is < 1 or > 100)
            problems.Add(ModuleProblem.Of("passPercent", ModuleInputTexts.PassPercent.With(PassPercent)));
        return problems;
    }

    /// <summary>Everything <see cref="CheckLimits"/> checks, plus what a module people are taught needs: every text in both languages and a fair quiz.</summary>
    public IReadOnlyList<ModuleProblem> Validate()
    {
        var problems = CheckLimits().ToList();
        foreach (var language in Languages)
        {
            var text = Text(language);
            Required(problems, $"{language}.title", text.Title);
            Required(problems, $"{language}.intro", text.Intro);
            Required(problems, $"{language}.body", text.Body);
        }
        if (Questions.Count == 0)
            problems.Add(ModuleProblem.Of("questions", ModuleInputTexts.NoQuestions.With()));
        foreach (var (question, q) in Questions.Select((x, i) => (x, i)))
        {
            Required(problems, $"questions[{q}].en", question.En);
            Required(problems, $"questions[{q}].da", question.Da);
            if (question.Options.Count < OptionsMin)
                problems.Add(ModuleProblem.Of($"questions[{q}].options", ModuleInputTexts.TooFewOptions.With($"questions[{q}].options", OptionsMin, question.Options.Count)));
            foreach (var (option, o) in question.Options.Select((x, i) => (x, i)))
            {
                Required(problems, $"questions[{q}].options[{o}].en", option.En);
                Required(problems, $"questions[{q}].options[{o}].da", option.Da);
            }
            if (question.Options.Count > 0 && !question.Options.Any(o => o.Correct))
                problems.Add(ModuleProblem.Of($"questions[{q}].options", ModuleInputTexts.NoneCorrect.With($"questions[{q}].options")));
            else if (question.Options.Count >= OptionsMin && question.Options.All(o => o.Correct))
                problems.Add(ModuleProblem.Of($"questions[{q}].options", ModuleInputTexts.AllCorrect.With($"questions[{q}].options")));
        }
        return problems;
    }

    /// <summary>
    /// The module as employees see it in <paramref name="language"/> ("en"/"da"): intro first, then the body's paragraphs,
    /// questions "q1", "q2", … (per version: a campaign pins its version, so the ids always match the text answered).
    /// </summary>
    public AwarenessModule ToModule(string id, int version, string language)
    {
        var text = Text(language == "da" ? "da" : "en");
        var paragraphs = new List<string>();
        if (text.Intro.Trim() is { Length: > 0 } intro)
            paragraphs.Add(intro);
        paragraphs.AddRange(Paragraphs(text.Body));
        var questions = Questions.Select((q, i) =>
        {
            var correct = q.Options.Select((o, n) => (o, n)).Where(x => x.o.Correct).Select(x => x.n).ToList();
            return new QuizQuestion($"q{i + 1}", (language == "da" ? q.Da : q.En).Trim(),
                [.. q.Options.Select(o => (language == "da" ? o.Da : o.En).Trim())], correct.Count > 0 ? correct[0] : 0)
            {
                AlsoCorrect = [.. correct.Skip(1)],
            };
        }).ToList();
        return new AwarenessModule(id, language == "da" ? "da" : "en", text.Title.Trim(), paragraphs, questions, PassPercent / 100m)
        {
            Version = version,
            Authored = true,
        };
    }

    /// <summary>Same text, quiz and pass mark (records compare lists by reference, so this compares them item by item).</summary>
    public bool SameAs(ModuleContent other) =>
        En == other.En && Da == other.Da && PassPercent == other.PassPercent && Questions.Count == other.Questions.Count
        && Questions.Zip(other.Questions).All(p => p.First.En == p.Second.En && p.First.Da == p.Second.Da && p.First.Options.SequenceEqual(p.Second.Options));

    /// <summary>Paragraphs of a body: split at blank lines, each trimmed, single line breaks kept as spaces.</summary>
    public static IReadOnlyList<string> Paragraphs(string body) =>
        [.. body.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .Where(p => p.Length > 0)];

    private static void Limit(List<ModuleProblem> problems, string field, string? value, int max, bool multiline)
    {
        if (value is null)
            return;
        if (value.Length > max)
            problems.Add(ModuleProblem.Of(field, ModuleInputTexts.TooLong.With(field, max, value.Length)));
        else if (value.Any(c => char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t')))
            problems.Add(ModuleProblem.Of(field, (multiline ? ModuleInputTexts.ControlCharacters : ModuleInputTexts.OneLine).With(field)));
    }

    private static void Required(List<ModuleProblem> problems, string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            problems.Add(ModuleProblem.Of(field, ModuleInputTexts.Required.With(field)));
    }
}
