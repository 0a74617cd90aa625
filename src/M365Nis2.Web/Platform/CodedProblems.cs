using M365Nis2.Domain.Texts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace M365Nis2.Web.Platform;

/// <summary>
/// A refusal with a stable code as problem details: <c>detail</c> stays English (clients and logs that read it keep
/// working), <c>code</c> names the rule, <c>detailDa</c> is the Danish text the tab shows a Danish reader.
/// </summary>
public static class CodedProblems
{
    public static ProblemHttpResult Of(string detail, CodedText? text, int status, string title) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: new Dictionary<string, object?>
        {
            ["problems"] = new[] { detail },
            ["code"] = text?.Code,
            ["detailDa"] = text?.Danish,
        });

    /// <summary>A coded refusal with a coded title too (<c>titleDa</c> beside the English <c>title</c>).</summary>
    public static ProblemHttpResult Of(CodedText text, int status, CodedText title) =>
        TypedResults.Problem(text.English, statusCode: status, title: title.English, extensions: new Dictionary<string, object?>
        {
            ["problems"] = new[] { text.English },
            ["code"] = text.Code,
            ["detailDa"] = text.Danish,
            ["titleDa"] = title.Danish,
        });

    /// <summary>
    /// Every problem listed: 400 "Invalid request", or 409 "Conflict". <c>problems</c>, <c>detail</c> and <c>title</c> in
    /// English as always; <c>problemsDa</c>, <c>detailDa</c> and <c>titleDa</c> for the tab's Danish reader.
    /// </summary>
    public static ProblemHttpResult List(IReadOnlyList<CodedText> problems, bool conflict = false) =>
        List(problems, (conflict ? RequestTexts.ConflictTitle : RequestTexts.InvalidTitle).With(), conflict);

    /// <summary>The same with a title of the caller's (what could not be done).</summary>
    public static ProblemHttpResult List(IReadOnlyList<CodedText> problems, CodedText title, bool conflict)
    {
        var english = problems.Select(p => p.English).ToList();
        var danish = problems.Select(p => p.Danish).ToList();
        return TypedResults.Problem(string.Join(" ", english), statusCode: conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest,
            title: title.English, extensions: new Dictionary<string, object?>
            {
                ["problems"] = english,
                ["problemsDa"] = danish,
                ["detailDa"] = string.Join(" ", danish),
                ["titleDa"] = title.Danish,
            });
    }

    /// <summary>A request refused for its shape (no body, no file): 400 "Invalid request".</summary>
    public static ProblemHttpResult Invalid(CodedText text) => Of(text, StatusCodes.Status400BadRequest, RequestTexts.InvalidTitle.With());
}
