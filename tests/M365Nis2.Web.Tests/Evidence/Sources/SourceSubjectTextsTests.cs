using System.Text.Json;

namespace M365Nis2.Web.Tests.Evidence.Sources;

/// <summary>
/// A measure's automated findings name people and devices with words around the names ("…, never signed in"): the API
/// keeps the English subjects and adds their Danish (<c>subjectsDa</c>); a reader who may not see names gets neither.
/// </summary>
public class SourceSubjectTextsTests
{
    [Fact]
    public async Task The_ciso_gets_the_named_subjects_with_danish_words_and_an_employee_gets_no_names_in_either_language()
    {
        using var t = new SourcesTestApp();
        await t.CollectAndWaitAsync();

        var findings = Findings(await t.GetJsonAsync("/api/controls/art21.2.i")).ToList();
        var guests = findings.First(f => f.TryGetProperty("code", out var c) && c.GetString() == "hygiene.guests.advice");
        var english = Strings(guests.GetProperty("subjects"));
        var danish = Strings(guests.GetProperty("subjectsDa"));
        Assert.NotEmpty(english);
        Assert.Equal(english.Count, danish.Count);
        Assert.All(english, s => Assert.Matches(@"\), (last sign-in \d{4}-\d{2}-\d{2}|never signed in)$", s));
        Assert.All(danish, s => Assert.Matches(@"\), (sidste logon \d{4}-\d{2}-\d{2}|aldrig logget på)$", s));
        Assert.Equal(english.Select(s => s[..s.IndexOf("),", StringComparison.Ordinal)]), danish.Select(s => s[..s.IndexOf("),", StringComparison.Ordinal)]));

        var employee = await t.GetJsonAsync("/api/controls/art21.2.i", SourcesTestApp.Employee);
        var raw = employee.GetRawText();
        foreach (var name in english)
            Assert.DoesNotContain(name[..name.IndexOf(" (", StringComparison.Ordinal)], raw, StringComparison.Ordinal);
        Assert.All(Findings(employee), f => Assert.False(f.TryGetProperty("subjectsDa", out var da) && da.ValueKind == JsonValueKind.Array && da.GetArrayLength() > 0));
    }

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(s => s.GetString()!)];

    /// <summary>Every finding-shaped object anywhere in the detail.</summary>
    private static IEnumerable<JsonElement> Findings(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.Object when node.TryGetProperty("findings", out var f) && f.ValueKind == JsonValueKind.Array =>
            f.EnumerateArray().Concat(node.EnumerateObject().Where(p => p.Name != "findings").SelectMany(p => Findings(p.Value))),
        JsonValueKind.Object => node.EnumerateObject().SelectMany(p => Findings(p.Value)),
        JsonValueKind.Array => node.EnumerateArray().SelectMany(Findings),
        _ => [],
    };
}
