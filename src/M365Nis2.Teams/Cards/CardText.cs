using System.Text;

namespace M365Nis2.Teams.Cards;

/// <summary>
/// Text that people typed (incident descriptions, names, comments, policy titles) shown in a card or a chat message.
/// Teams renders TextBlock, Fact and message text as Markdown, so "[Classify now](https://evil.example)" from a
/// reporter would become a link in the CISO's card. <see cref="Escape"/> backslash-escapes every Markdown character
/// and a list marker at the start of a line, so the text shows exactly as typed. Use <see cref="TextBlock.User"/> and
/// <see cref="Fact.User"/> for user text in cards; they escape for you.
/// </summary>
public static class CardText
{
    private const string Special = "\\`*_{}[]()<>#|~!";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }
        var result = new StringBuilder(text.Length + 8);
        var lineStart = true;
        var escapeAt = -1; // the '.' or ')' of an ordered-list marker found at a line start
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart && ListMarkerAt(text, i) is var marker and >= 0)
            {
                escapeAt = marker;
            }
            if (Special.Contains(c, StringComparison.Ordinal) || i == escapeAt || (lineStart && c is '-' or '+' && i + 1 < text.Length && text[i + 1] == ' '))
            {
                result.Append('\\');
            }
            result.Append(c);
            lineStart = c == '\n' || (lineStart && c is ' ' or '\t');
        }
        return result.ToString();
    }

    /// <summary>For "12. " or "12) " at <paramref name="i"/>: the index of the '.' or ')' (escaped so no list starts); else -1.</summary>
    private static int ListMarkerAt(string text, int i)
    {
        var j = i;
        while (j < text.Length && char.IsAsciiDigit(text[j]))
        {
            j++;
        }
        return j > i && j < text.Length && (text[j] == '.' || text[j] == ')') && (j + 1 >= text.Length || text[j + 1] == ' ') ? j : -1;
    }
}
