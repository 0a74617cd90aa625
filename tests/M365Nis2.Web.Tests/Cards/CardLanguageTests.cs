using System.Text.Json.Nodes;
using System.Xml.Linq;
using M365Nis2.Web.Tests.Support;

namespace M365Nis2.Web.Tests.Cards;

/// <summary>
/// Every card, reminder and status message exists in Danish: each English sample has a Danish twin, and no Danish
/// card carries a text that is the English value of a resource whose Danish value differs (an untranslated leak).
/// </summary>
public class CardLanguageTests
{
    [Fact]
    public void Every_english_card_has_a_danish_twin_without_english_resource_text()
    {
        var samples = CardValidationTests.AllSamples().ToDictionary(s => s.Name, s => s.Card);
        var english = samples.Keys.Where(n => n.EndsWith(".en", StringComparison.Ordinal)).ToList();
        var englishOnly = EnglishOnlyTexts();
        Assert.NotEmpty(english);
        Assert.True(englishOnly.Count > 50, $"only {englishOnly.Count} resource texts found");

        var problems = new List<string>();
        foreach (var name in english)
        {
            var twin = name[..^3] + ".da";
            if (!samples.TryGetValue(twin, out var danish))
            {
                problems.Add($"{name}: no Danish sample {twin}");
                continue;
            }
            problems.AddRange(Texts(danish).Where(englishOnly.Contains).Select(text => $"{twin}: English text \"{text}\""));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_resource_file_has_a_danish_file_with_the_same_keys()
    {
        foreach (var neutral in ResourceFiles())
        {
            var danish = neutral[..^".resx".Length] + ".da.resx";
            Assert.True(File.Exists(danish), $"{neutral} has no Danish file");
            Assert.Equal(Values(neutral).Keys.Order(StringComparer.Ordinal), Values(danish).Keys.Order(StringComparer.Ordinal));
        }
    }

    private static IEnumerable<string> ResourceFiles() =>
        Directory.EnumerateFiles(RepoPaths.Of("src"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".da.resx", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal));

    private static Dictionary<string, string> Values(string file) =>
        XDocument.Load(file).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");

    /// <summary>English resource values that differ in Danish and are real words (not "OK", ids or formats).</summary>
    private static HashSet<string> EnglishOnlyTexts()
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var neutral in ResourceFiles())
        {
            var danish = Values(neutral[..^".resx".Length] + ".da.resx");
            foreach (var (key, value) in Values(neutral))
            {
                if (value.Length > 3 && value.Contains(' ', StringComparison.Ordinal) && danish.GetValueOrDefault(key) != value)
                {
                    set.Add(value);
                }
            }
        }
        return set;
    }

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Value is JsonValue v && v.TryGetValue<string>(out var s) && p.Key is "text" or "title" or "label" or "placeholder" or "errorMessage" or "fallbackText" or "value"
            ? [s] : Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };
}
