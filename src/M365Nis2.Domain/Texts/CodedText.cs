using System.Globalization;

namespace M365Nis2.Domain.Texts;

/// <summary>
/// A sentence by code with its arguments as invariant data (see <see cref="TextCode"/>): what is stored, so a reader
/// gets it in their own language. <see cref="English"/> is what artefacts and API details have always carried.
/// </summary>
public sealed record CodedText(string Code, IReadOnlyDictionary<string, string> Args)
{
    public string English => InLanguage(TextLanguage.English);

    public string Danish => InLanguage(TextLanguage.Danish);

    /// <param name="language">"da", "da-DK" and the like give Danish; anything else English.</param>
    public string InLanguage(string? language) => TextCatalog.Render(Code, Args, language) ?? Code;
}

/// <summary>The two languages every user-facing text exists in.</summary>
public static class TextLanguage
{
    public const string English = "en";
    public const string Danish = "da";

    /// <summary>Danish for "da", "da-DK" and the like; English for anything else (and for none).</summary>
    public static bool IsDanish(string? language) =>
        language is not null && (language.Equals("da", StringComparison.OrdinalIgnoreCase) || language.StartsWith("da-", StringComparison.OrdinalIgnoreCase));

    public static CultureInfo Culture(string? language) => CultureInfo.GetCultureInfo(IsDanish(language) ? "da-DK" : "en-US");
}
