using System.Text.RegularExpressions;

namespace M365Nis2.Domain.Tests.Texts;

/// <summary>
/// Evidence findings reach Danish readers on cards, in the tab and in follow-up tasks, so none may be built from a bare
/// English string: each goes through a <see cref="Domain.Texts.TextCode"/> (English and Danish side by side).
/// </summary>
public partial class EvidenceFindingsAreCodedTests
{
    // The evidence rules, and the register rules whose findings the control pages show (acknowledgements for (g),
    // exercises for (c) and (f), risk management for (a), the supply chain for (d)).
    [Theory]
    [InlineData("Evidence", 40)]
    [InlineData("Acknowledgements", 1)]
    [InlineData("Exercises", 1)]
    [InlineData("Risks", 5)]
    [InlineData("Suppliers", 10)]
    public void No_finding_in_the_rules_is_built_from_a_literal_string(string area, int atLeastFiles)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "M365Nis2.sln")))
            root = root.Parent;
        var folder = Path.Combine(root?.FullName ?? throw new InvalidOperationException("Repository root not found."), "src", "M365Nis2.Domain", area);
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count > atLeastFiles);
        var literal = files.SelectMany(f => LiteralFinding().Matches(File.ReadAllText(f)).Select(m => $"{Path.GetFileName(f)}: {m.Value}")).ToList();
        Assert.True(literal.Count == 0, string.Join("\n", literal));
    }

    // new Finding(severity, "…" / $"…"  and the target-typed new(FindingSeverity.X, "…").
    [GeneratedRegex(@"new\s*(Finding)?\(\s*[^,()]*(Severity|severity)[^,()]*(\([^()]*\))?\s*,\s*\$?""")]
    private static partial Regex LiteralFinding();
}
