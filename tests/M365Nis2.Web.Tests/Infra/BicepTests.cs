using M365Nis2.Web.Tests.Support;
using System.Text.RegularExpressions;
using M365Nis2.Web.Tests.Tooling;

namespace M365Nis2.Web.Tests.Infra;

// bicep build catches syntax/type errors (and BCP081 unknown API versions as warnings); bicep lint applies
// infra/bicepconfig.json, where every rule is an error. Either must come back clean, not merely with exit code 0.
public sealed partial class BicepTests
{
    [Fact]
    public async Task Main_template_builds_without_errors_or_warnings()
    {
        var build = await BicepCli.RunAsync("build", "main.bicep", "--stdout");

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.False(Diagnostic().IsMatch(build.StdErr), build.Output);
        Assert.StartsWith("{", build.StdOut.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Main_template_passes_lint_with_every_rule_an_error()
    {
        Assert.True(File.Exists(RepoPaths.Of("infra", "bicepconfig.json")), "infra/bicepconfig.json raises the linter rules");

        var lint = await BicepCli.RunAsync("lint", "main.bicep");

        Assert.True(lint.ExitCode == 0, lint.Output);
        Assert.False(Diagnostic().IsMatch(lint.StdOut + lint.StdErr), lint.Output);
    }

    [GeneratedRegex(@"\b(warning|error)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Diagnostic();
}
