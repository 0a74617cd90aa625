using System.Text.RegularExpressions;

namespace M365Nis2.Teams.Routing;

/// <summary>Turns message text into (command, arguments): drops the &lt;at&gt;bot&lt;/at&gt; mention, lower-cases the first word.</summary>
public static partial class BotCommandParser
{
    public static (string Command, string Arguments) Parse(string? text)
    {
        var cleaned = MentionPattern().Replace(text ?? "", " ").Trim();
        if (cleaned.Length == 0)
        {
            return ("", "");
        }
        var parts = cleaned.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return (parts[0].ToLowerInvariant(), parts.Length > 1 ? parts[1] : "");
    }

    /// <summary>The closest known command within two edits, for "did you mean".</summary>
    public static string? Closest(string typed, IEnumerable<string> known) =>
        known.Select(k => (Name: k, Distance: Distance(typed, k)))
            .Where(k => k.Distance <= 2 && k.Distance < Math.Max(typed.Length, 1))
            .OrderBy(k => k.Distance)
            .Select(k => k.Name)
            .FirstOrDefault();

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            previous = current;
        }
        return previous[b.Length];
    }

    [GeneratedRegex("<at[^>]*>.*?</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MentionPattern();
}
