using System.Globalization;
using M365Nis2.Domain.Suppliers;
using M365Nis2.Teams.Cards;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>The questionnaire form sent to the owner and the card that replaces it once answered; in the assessment's language.</summary>
public sealed class AssessmentCards
{
    public const string SubmitVerb = "supplier.assessment.submit";
    public const string AnswerPrefix = "q_";
    public const string CommentPrefix = "c_";

    /// <param name="problems">Shown above the form when a submit was refused; the inputs keep what was entered.</param>
    public AdaptiveCard Form(Supplier supplier, Assessment assessment, IReadOnlyList<QuestionAnswer>? entered = null,
        IReadOnlyList<string>? problems = null, bool reminder = false)
    {
        var lang = assessment.Language;
        var template = Questionnaires.ForTier(assessment.Tier);
        var body = new List<CardElement>
        {
            new TextBlock { Text = AssessmentText.Get("Kicker", lang), IsSubtle = true, Size = TextSize.Small },
            new TextBlock { Text = $"{template.Title(lang)}: {supplier.Name}", Size = TextSize.Large, Weight = TextWeight.Bolder },
        };
        if (reminder)
            body.Add(new TextBlock { Text = AssessmentText.Get("Reminder", lang), Color = TextColor.Warning });
        body.Add(new TextBlock { Text = string.Format(CultureInfo.InvariantCulture, AssessmentText.Get("Intro", lang), supplier.Name) });
        body.Add(new FactSet { Facts = [new Fact(AssessmentText.Get("Due", lang), assessment.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))] });
        if (problems is { Count: > 0 })
        {
            body.Add(new Container
            {
                Style = ContainerStyle.Attention,
                Items = [new TextBlock { Text = AssessmentText.Get("Problems", lang), Weight = TextWeight.Bolder },
                    .. problems.Select(p => new TextBlock { Text = "• " + p })],
            });
        }
        var choices = new[] { Answer.Yes, Answer.Partly, Answer.No, Answer.NotApplicable }
            .Select(a => new Choice(AssessmentText.Get(a.ToString(), lang), AssessmentText.AnswerValue(a))).ToList();
        foreach (var q in template.Questions)
        {
            var previous = entered?.FirstOrDefault(a => a.QuestionId == q.Id);
            body.Add(new ChoiceSetInput
            {
                Id = AnswerPrefix + q.Id,
                Label = q.Text(lang),
                IsRequired = true,
                ErrorMessage = AssessmentText.Get("Required", lang),
                Style = ChoiceInputStyle.Compact,
                Choices = choices,
                Value = previous is null ? null : AssessmentText.AnswerValue(previous.Answer),
                Separator = true,
            });
            body.Add(new TextInput
            {
                Id = CommentPrefix + q.Id,
                Placeholder = AssessmentText.Get("Comment", lang),
                MaxLength = AssessmentScoring.MaxCommentLength,
                Value = previous?.Comment,
            });
        }
        return new AdaptiveCard
        {
            FallbackText = $"{template.Title(lang)}: {supplier.Name}",
            Body = body,
            Actions =
            [
                new ExecuteAction
                {
                    Title = AssessmentText.Get("Submit", lang),
                    Verb = SubmitVerb,
                    Style = ActionStyle.Positive,
                    Data = new { supplierId = supplier.Id, assessmentId = assessment.Id },
                },
            ],
        };
    }

    public AdaptiveCard Done(Supplier supplier, Assessment assessment, IReadOnlyList<SupplierFinding> raised, DateOnly nextDue)
    {
        var lang = assessment.Language;
        string Count(Severity s) => raised.Count(f => f.Severity == s).ToString(CultureInfo.InvariantCulture);
        var title = string.Format(CultureInfo.InvariantCulture, AssessmentText.Get("DoneTitle", lang), supplier.Name);
        return new AdaptiveCard
        {
            FallbackText = title,
            Body =
            [
                new TextBlock { Text = AssessmentText.Get("Kicker", lang), IsSubtle = true, Size = TextSize.Small },
                new TextBlock { Text = title, Size = TextSize.Large, Weight = TextWeight.Bolder },
                new FactSet
                {
                    Facts =
                    [
                        new Fact(AssessmentText.Get("Answered", lang), assessment.Answers.Count.ToString(CultureInfo.InvariantCulture)),
                        new Fact(AssessmentText.Get("Findings", lang), string.Format(CultureInfo.InvariantCulture,
                            AssessmentText.Get("FindingsValue", lang), Count(Severity.High), Count(Severity.Medium), Count(Severity.Low))),
                        new Fact(AssessmentText.Get("NextDue", lang), nextDue.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    ],
                },
                .. raised.Select(f => new TextBlock { Text = $"{f.Severity}: {Questionnaires.Find(f.QuestionId ?? "")?.Text(lang) ?? f.Text}", Wrap = true }),
                new TextBlock { Text = AssessmentText.Get("Signed", lang), IsSubtle = true },
            ],
        };
    }
}
