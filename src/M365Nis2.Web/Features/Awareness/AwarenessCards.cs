using System.Globalization;
using M365Nis2.Domain.Training;
using M365Nis2.Teams.Cards;
using M365Nis2.Web.Resources;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>
/// The awareness prompt (content + quiz inside the card) and the result card. Text in the current UI culture. Module
/// text is escaped: a CISO-authored module is typed text, and "[click](…)" in it must show as typed, not as a link.
/// </summary>
public sealed class AwarenessCards(IStringLocalizer<TrainingText> text)
{
    public const string SubmitVerb = "awareness.submit";
    public const string AnswerPrefix = "answer_";

    public AdaptiveCard Prompt(string campaignId, AwarenessModule module, bool reminder = false)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = text["Prompt_Kicker"], IsSubtle = true, Size = TextSize.Small },
            TextBlock.User(module.Title, TextSize.Large, TextWeight.Bolder),
        };
        if (reminder)
        {
            body.Add(new TextBlock { Text = text["Prompt_Reminder"], Color = TextColor.Warning });
        }
        body.AddRange(module.Paragraphs.Select(p => TextBlock.User(p)));
        body.Add(new TextBlock { Text = text["Prompt_Quiz"], Weight = TextWeight.Bolder, Separator = true, Spacing = Spacing.Medium });
        body.AddRange(module.Questions.Select(q => new ChoiceSetInput
        {
            Id = AnswerPrefix + q.Id,
            Label = q.Text,
            IsRequired = true,
            ErrorMessage = text["Prompt_Required"],
            Style = ChoiceInputStyle.Expanded,
            Choices = [.. q.Options.Select((o, i) => new Choice(o, i.ToString(CultureInfo.InvariantCulture)))],
        }));
        return new AdaptiveCard
        {
            FallbackText = $"{text["Prompt_Kicker"]}: {CardText.Escape(module.Title)}",
            Body = body,
            Actions =
            [
                new ExecuteAction
                {
                    Title = text["Prompt_Submit"],
                    Verb = SubmitVerb,
                    Style = ActionStyle.Positive,
                    Data = new { campaignId, moduleId = module.Id },
                },
            ],
        };
    }

    public AdaptiveCard Result(AwarenessModule module, QuizResult result)
    {
        var body = new List<CardElement>
        {
            new TextBlock { Text = text["Prompt_Kicker"], IsSubtle = true, Size = TextSize.Small },
            new TextBlock { Text = string.Format(CultureInfo.CurrentCulture, text["Result_Title"], CardText.Escape(module.Title)), Size = TextSize.Large, Weight = TextWeight.Bolder },
            new FactSet
            {
                Facts =
                [
                    new Fact(text["Result_Score"], $"{result.Correct}/{result.Total} ({result.Score:P0})"),
                    new Fact(text["Result_Outcome"], result.Passed ? text["Result_Passed"] : text["Result_NotPassed"]),
                ],
            },
        };
        foreach (var question in module.Questions)
        {
            var answer = result.Questions.FirstOrDefault(r => r.QuestionId == question.Id);
            var correct = answer?.IsCorrect == true;
            body.Add(new Container
            {
                Separator = true,
                Style = correct ? ContainerStyle.Good : ContainerStyle.Attention,
                Items =
                [
                    TextBlock.User(question.Text, weight: TextWeight.Bolder),
                    new FactSet
                    {
                        Facts =
                        [
                            Fact.User(text["Result_YourAnswer"], answer is null ? "—" : question.Options[answer.ChosenOption]),
                            Fact.User(text["Result_CorrectAnswer"], string.Join(" / ", question.CorrectOptions.Select(i => question.Options[i]))),
                        ],
                    },
                ],
            });
        }
        body.Add(new TextBlock { Text = text["Result_Recorded"], IsSubtle = true, Spacing = Spacing.Medium });
        return new AdaptiveCard { FallbackText = string.Format(CultureInfo.CurrentCulture, text["Result_Title"], CardText.Escape(module.Title)), Body = body };
    }
}
