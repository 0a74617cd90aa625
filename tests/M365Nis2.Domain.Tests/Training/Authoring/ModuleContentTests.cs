using M365Nis2.Domain.Training.Authoring;

namespace M365Nis2.Domain.Tests.Training.Authoring;

public class ModuleContentTests
{
    private static IReadOnlyList<string> Fields(IEnumerable<ModuleProblem> problems) => [.. problems.Select(p => p.Field)];

    [Fact]
    public void A_complete_module_in_both_languages_is_valid()
    {
        Assert.Empty(ModuleSamples.Valid().Validate());
    }

    [Fact]
    public void An_empty_draft_is_within_limits_but_every_missing_text_is_named_at_publish()
    {
        var empty = ModuleSamples.Empty();

        Assert.Empty(empty.CheckLimits());
        Assert.Equal(["en.title", "en.intro", "en.body", "da.title", "da.intro", "da.body", "questions"], Fields(empty.Validate()));
        Assert.All(empty.Validate(), p => Assert.StartsWith(p.Field, p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_danish_text_is_named_by_its_field()
    {
        var valid = ModuleSamples.Valid();
        var content = valid with
        {
            Da = valid.Da with { Body = "  " },
            Questions = [valid.Questions[0] with { Da = "" }, valid.Questions[1] with { Options = [valid.Questions[1].Options[0] with { Da = "" }, valid.Questions[1].Options[1]] }],
        };

        Assert.Equal(["da.body", "questions[0].da", "questions[1].options[0].da"], Fields(content.Validate()));
        Assert.Equal("da.body is required.", content.Validate()[0].Message);
    }

    [Fact]
    public void Lengths_counts_and_the_pass_mark_are_limited_even_for_a_draft()
    {
        var valid = ModuleSamples.Valid();
        var question = valid.Questions[0];
        var content = valid with
        {
            En = valid.En with { Title = new string('a', ModuleContent.TitleMax + 1) },
            Da = valid.Da with { Body = new string('b', ModuleContent.BodyMax + 1) },
            Questions = [.. Enumerable.Repeat(question with { Options = [.. Enumerable.Repeat(question.Options[1], ModuleContent.OptionsMax + 1)] }, ModuleContent.QuestionsMax + 1)],
            PassPercent = 0,
        };

        var fields = Fields(content.CheckLimits());

        Assert.Contains("en.title", fields);
        Assert.Contains("da.body", fields);
        Assert.Contains("questions", fields);
        Assert.Contains("questions[0].options", fields);
        Assert.Contains("passPercent", fields);
        Assert.Contains(content.CheckLimits(), p => p.Message == $"en.title is longer than {ModuleContent.TitleMax} characters ({ModuleContent.TitleMax + 1}).");
        Assert.Empty((valid with { PassPercent = 100 }).CheckLimits());
        Assert.Contains("passPercent", Fields((valid with { PassPercent = 101 }).CheckLimits()));
    }

    [Fact]
    public void Titles_questions_and_options_are_one_line_while_bodies_may_have_line_breaks()
    {
        var valid = ModuleSamples.Valid();
        var content = valid with
        {
            En = valid.En with { Title = "two\nlines", Intro = "fine\nhere", Body = "tab\tand\r\nbreak" },
            Da = valid.Da with { Body = "bell\u0007" },
            Questions = [valid.Questions[0] with { En = "what\n?" }, valid.Questions[1]],
        };

        Assert.Equal(["en.title", "da.body", "questions[0].en"], Fields(content.CheckLimits()));
    }

    [Fact]
    public void A_question_needs_two_options_one_right_and_one_wrong()
    {
        var valid = ModuleSamples.Valid();
        var q = valid.Questions[1];
        var oneOption = valid with { Questions = [q with { Options = [q.Options[1]] }] };
        var noneCorrect = valid with { Questions = [q with { Options = [.. q.Options.Select(o => o with { Correct = false })] }] };
        var allCorrect = valid with { Questions = [q with { Options = [.. q.Options.Select(o => o with { Correct = true })] }] };

        Assert.Equal("questions[0].options: at least 2 options (1 given).", oneOption.Validate().Single().Message);
        Assert.Equal("questions[0].options: mark at least one option as correct.", noneCorrect.Validate().Single().Message);
        Assert.Equal("questions[0].options: every option is marked correct; at least one must be wrong.", allCorrect.Validate().Single().Message);
    }

    [Fact]
    public void Problems_keep_their_english_and_carry_a_danish_twin_naming_the_same_field()
    {
        var valid = ModuleSamples.Valid();
        var q = valid.Questions[1];
        var content = valid with
        {
            Da = valid.Da with { Body = "" },
            Questions = [q with { Options = [q.Options[1]] }, q with { Options = [.. q.Options.Select(o => o with { Correct = true })] }],
            PassPercent = 0,
        };

        var problems = content.Validate();

        Assert.Equal(["passPercent must be between 1 and 100 (0 given).", "da.body is required.", "questions[0].options: at least 2 options (1 given).",
            "questions[1].options: every option is marked correct; at least one must be wrong."], problems.Select(p => p.Message));
        Assert.Equal(["passPercent skal være mellem 1 og 100 (0 angivet).", "da.body skal udfyldes.", "questions[0].options: mindst 2 svarmuligheder (1 angivet).",
            "questions[1].options: alle svarmuligheder er markeret som korrekte; mindst én skal være forkert."], problems.Select(p => p.MessageDa));
    }

    [Fact]
    public void The_module_in_each_language_has_intro_then_paragraphs_and_the_same_questions_and_answers()
    {
        var content = ModuleSamples.Valid();

        var en = content.ToModule("usb-1a2b", 3, "en");
        var da = content.ToModule("usb-1a2b", 3, "da");

        Assert.Equal(("USB sticks", 3, true), (en.Title, en.Version, en.Authored));
        Assert.Equal(["Found a USB stick?", "Do not plug it in.", "Hand it to IT. They check it safely."], en.Paragraphs);
        Assert.Equal("USB-nøgler", da.Title);
        Assert.Equal(["q1", "q2"], en.Questions.Select(q => q.Id));
        Assert.Equal(en.Questions.Select(q => q.CorrectOptions), da.Questions.Select(q => q.CorrectOptions));
        Assert.Equal([1, 2], en.Questions[0].CorrectOptions);
        Assert.Equal(0.75m, en.PassMark);
        Assert.Empty(en.Validate());
        Assert.Equal("en", content.ToModule("x", 1, "de").Language);
    }

    [Fact]
    public void Any_option_marked_correct_scores_and_the_pass_mark_is_the_percent()
    {
        var module = ModuleSamples.Valid().ToModule("usb-1a2b", 1, "en");

        var second = module.Score(new Dictionary<string, int> { ["q1"] = 2, ["q2"] = 1 }).Result!;
        var half = module.Score(new Dictionary<string, int> { ["q1"] = 0, ["q2"] = 1 }).Result!;

        Assert.Equal((1m, true), (second.Score, second.Passed));
        Assert.True(second.Questions[0].IsCorrect);
        Assert.Equal(1, second.Questions[0].CorrectOption);
        Assert.Equal((0.5m, false), (half.Score, half.Passed));
    }

    [Fact]
    public void An_extra_correct_option_that_does_not_exist_makes_the_module_invalid()
    {
        var module = ModuleSamples.Valid().ToModule("usb-1a2b", 1, "en");
        var broken = module with { Questions = [module.Questions[0] with { AlsoCorrect = [7] }] };

        Assert.Contains("question 'q1' needs at least two options and a valid correct option", broken.Validate().Single(), StringComparison.Ordinal);
        Assert.False(broken.Questions[0].Accepts(0));
    }

    [Theory]
    [InlineData("one\n\n\ntwo", new[] { "one", "two" })]
    [InlineData("a\r\nb\r\n\r\nc", new[] { "a b", "c" })]
    [InlineData("  \n\n  ", new string[0])]
    public void Paragraphs_split_at_blank_lines(string body, string[] expected)
    {
        Assert.Equal(expected, ModuleContent.Paragraphs(body));
    }
}
