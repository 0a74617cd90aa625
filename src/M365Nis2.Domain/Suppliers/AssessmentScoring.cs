namespace M365Nis2.Domain.Suppliers;

/// <summary>A finding an answer raises, before it is stored and given an id.</summary>
public sealed record RaisedFinding(string QuestionId, Severity Severity, Answer Answer, string Text, DateOnly FollowUpDueOn);

/// <summary>Either the problems with the answers (nothing is stored) or the findings they raise.</summary>
public sealed record AssessmentResult(IReadOnlyList<string> Errors, IReadOnlyList<RaisedFinding> Findings)
{
    public bool IsValid => Errors.Count == 0;
}

/// <summary>
/// Turns answers into findings: "No" raises the question's severity, "Partly" one level lower, "Yes" and "Not applicable"
/// nothing. Every question of the template must be answered once; "Not applicable" needs a comment saying why, so an
/// auditor can follow the choice.
/// </summary>
public static class AssessmentScoring
{
    public const int MaxCommentLength = 2000;

    public static AssessmentResult Score(QuestionnaireTemplate template, IReadOnlyList<QuestionAnswer> answers, DateOnly completedOn)
    {
        var errors = new List<string>();
        var byId = new Dictionary<string, QuestionAnswer>(StringComparer.Ordinal);
        foreach (var answer in answers)
        {
            if (template.Questions.All(q => q.Id != answer.QuestionId))
                errors.Add($"Question '{answer.QuestionId}' is not part of the tier {(int)template.Tier} questionnaire.");
            else if (!byId.TryAdd(answer.QuestionId, answer))
                errors.Add($"Question '{answer.QuestionId}' is answered more than once.");
            if (!Enum.IsDefined(answer.Answer))
                errors.Add($"Question '{answer.QuestionId}' has an unknown answer.");
            if (answer.Comment?.Length > MaxCommentLength)
                errors.Add($"The comment on '{answer.QuestionId}' is longer than {MaxCommentLength} characters.");
        }

        foreach (var question in template.Questions)
        {
            if (!byId.TryGetValue(question.Id, out var a))
                errors.Add($"Question '{question.Id}' is not answered.");
            else if (a.Answer == Answer.NotApplicable && string.IsNullOrWhiteSpace(a.Comment))
                errors.Add($"Question '{question.Id}' is marked not applicable without a comment saying why.");
        }

        if (errors.Count > 0)
            return new(errors, []);

        var findings = template.Questions
            .Select(q => (Question: q, Answer: byId[q.Id]))
            .Where(x => x.Answer.Answer is Answer.No or Answer.Partly)
            .Select(x => Raise(x.Question, x.Answer, completedOn))
            .ToList();
        return new([], findings);
    }

    private static RaisedFinding Raise(Question question, QuestionAnswer answer, DateOnly completedOn)
    {
        var severity = answer.Answer == Answer.No ? question.SeverityIfNo : FindingFollowUp.Lower(question.SeverityIfNo);
        return new(question.Id, severity, answer.Answer, SupplierFindingText.English(question, answer.Answer, answer.Comment),
            FindingFollowUp.DueOn(severity, completedOn));
    }
}
