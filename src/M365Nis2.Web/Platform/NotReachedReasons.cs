using System.Text.Json;
using M365Nis2.Domain.Texts;
using M365Nis2.Teams;

namespace M365Nis2.Web.Platform;

/// <summary>
/// A row that records why a person was not reached: the English reason (what the API and older clients always read),
/// its code and its arguments (JSON), so a page renders it in the reader's language.
/// </summary>
public interface INotReachedColumns
{
    string? FailureReason { get; set; }

    string? FailureCode { get; set; }

    string? FailureArgs { get; set; }
}

/// <summary>
/// "Not reached" reasons as coded texts (Domain ReachTexts) between the send path (<see cref="ProactiveResult"/>,
/// which carries code + English), the rows that store them and the views that show them in English and Danish.
/// </summary>
public static class NotReachedReasons
{
    private static readonly IReadOnlyDictionary<string, string> NoArgs = new Dictionary<string, string>();

    /// <summary>The send result for a coded reason; with <paramref name="retryAfter"/> it means "being installed, look again".</summary>
    public static ProactiveResult.NoConversation NotReached(this CodedText text, TimeSpan? retryAfter = null) =>
        new(text.English, retryAfter) { Code = text.Code, Args = text.Args };

    /// <summary>The coded reason of a send result; a reason said without a (known) code is kept as it is.</summary>
    public static CodedText Coded(this ProactiveResult.NoConversation result) =>
        result.Code is { } code && TextCatalog.Find(code) is not null ? new CodedText(code, result.Args ?? NoArgs) : ReachTexts.Other.With(result.Reason);

    public static void SetFailure(this INotReachedColumns row, CodedText? text)
    {
        row.FailureReason = text?.English;
        row.FailureCode = text?.Code;
        row.FailureArgs = ArgsJson(text);
    }

    /// <summary>The stored reason in Danish (its English when it was stored without a code).</summary>
    public static string? FailureDa(this INotReachedColumns row) => Danish(row.FailureReason, row.FailureCode, row.FailureArgs);

    public static string? ArgsJson(CodedText? text) => text is null || text.Args.Count == 0 ? null : JsonSerializer.Serialize(text.Args);

    public static CodedText? Read(string? english, string? code, string? argsJson) =>
        english is null ? null
        : code is not null && TextCatalog.Find(code) is not null ? new CodedText(code, Args(argsJson))
        : ReachTexts.Other.With(english);

    public static string? Danish(string? english, string? code, string? argsJson) =>
        english is null ? null : TextCatalog.Localize(english, code, Args(argsJson), TextLanguage.Danish);

    private static IReadOnlyDictionary<string, string> Args(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return NoArgs;
        }
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? NoArgs;
        }
        catch (JsonException)
        {
            return NoArgs; // a damaged column shows its placeholders, never breaks the page
        }
    }
}
