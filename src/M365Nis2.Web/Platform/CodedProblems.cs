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
}
