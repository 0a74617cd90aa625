using System.Text.RegularExpressions;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Hardening;

/// <summary>The role table in docs/security.md, read as data: one row per route or bot command, one answer per role.</summary>
public static partial class RoleTable
{
    public static readonly string[] Roles = ["CISO", "Board", "Employee", "Guest", "Anonymous"];

    /// <summary>A row: the subject (e.g. "GET /api/me" or "bot evidence") and "yes" / "no" / "public" per role.</summary>
    public sealed record Row(string Subject, IReadOnlyDictionary<string, string> Answers)
    {
        public bool IsBotCommand => Subject.StartsWith("bot ", StringComparison.Ordinal);

        public string Method => Subject.Split(' ')[0];

        public string Path => Subject.Split(' ')[1];

        public override string ToString() => Subject;
    }

    public static IReadOnlyList<Row> Rows { get; } = Read();

    private static List<Row> Read()
    {
        var rows = new List<Row>();
        var inTable = false;
        foreach (var line in File.ReadAllLines(RepoPaths.Of("docs", "security.md")))
        {
            if (line.StartsWith("| route or command |", StringComparison.Ordinal))
            {
                inTable = true;
                continue;
            }
            if (!inTable || !line.StartsWith("| `", StringComparison.Ordinal))
            {
                if (inTable && rows.Count > 0 && !line.StartsWith('|'))
                {
                    break;
                }
                continue;
            }
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            var answers = Roles.Select((role, i) => (role, cells[i + 1])).ToDictionary(x => x.role, x => x.Item2);
            Assert.All(answers.Values, a => Assert.Contains(a, new[] { "yes", "no", "public" }));
            rows.Add(new Row(Subject().Match(cells[0]).Groups[1].Value, answers));
        }
        return rows;
    }

    [GeneratedRegex("^`([^`]+)`$")]
    private static partial Regex Subject();
}
