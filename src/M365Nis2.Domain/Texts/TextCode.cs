using System.Globalization;
using System.Text.RegularExpressions;

namespace M365Nis2.Domain.Texts;

/// <summary>
/// One user-facing sentence: a stable code with its English and Danish template side by side. Placeholders are
/// <c>{name}</c> (inserted as given: counts, names, ids, ISO dates) or <c>{name:0.#}</c> (an invariant decimal formatted
/// per culture: "12.5" in English, "12,5" in Danish). The arguments are the English template's placeholders in order of
/// first appearance; <see cref="With"/> takes them positionally and refuses a wrong count, so a call site cannot drift
/// from its template.
/// </summary>
public sealed partial class TextCode
{
    public TextCode(string code, string english, string danish)
    {
        Code = code;
        English = english;
        Danish = danish;
        Args = [.. Placeholders(english).Select(p => p.Name).Distinct(StringComparer.Ordinal)];
    }

    public string Code { get; }

    public string English { get; }

    public string Danish { get; }

    /// <summary>The argument names, in the order <see cref="With"/> takes them.</summary>
    public IReadOnlyList<string> Args { get; }

    public string Template(bool danish) => danish ? Danish : English;

    /// <summary>
    /// The text with its arguments. Numbers are stored invariant; a <see cref="CodedText"/> argument (a nested phrase,
    /// e.g. why a source could not be read) is stored as <c>@code</c> with its own arguments under <c>name.</c>.
    /// </summary>
    public CodedText With(params object?[] values)
    {
        if (values.Length != Args.Count)
            throw new ArgumentException($"Text {Code} takes {Args.Count} argument(s) ({string.Join(", ", Args)}), not {values.Length}.", nameof(values));
        var args = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Length; i++)
            Put(args, Args[i], values[i]);
        return new CodedText(Code, args);
    }

    private static void Put(Dictionary<string, string> args, string name, object? value)
    {
        switch (value)
        {
            case CodedText nested:
                args[name] = "@" + nested.Code;
                foreach (var (k, v) in nested.Args)
                    args[$"{name}.{k}"] = v;
                break;
            case string s:
                args[name] = s.StartsWith('@') ? "@" + s : s; // "@@" keeps a literal "@…" from reading as a nested code
                break;
            case DateOnly d:
                args[name] = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                break;
            case IFormattable f:
                args[name] = f.ToString(null, CultureInfo.InvariantCulture);
                break;
            default:
                args[name] = value?.ToString() ?? "";
                break;
        }
    }

    /// <summary>Every placeholder of a template: its name and its number format (null: inserted as given).</summary>
    public static IEnumerable<(string Name, string? Format)> Placeholders(string template) =>
        PlaceholderPattern().Matches(template).Select(m => (m.Groups["name"].Value, m.Groups["format"].Success ? m.Groups["format"].Value : null));

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)(?::(?<format>[^}]+))?\}")]
    public static partial Regex PlaceholderPattern();
}
