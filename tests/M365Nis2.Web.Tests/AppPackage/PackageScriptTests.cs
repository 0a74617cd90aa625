using M365Nis2.Web.Tests.Support;
using System.IO.Compression;
using System.Text.Json.Nodes;
using M365Nis2.Web.Tests.Tooling;

namespace M365Nis2.Web.Tests.AppPackage;

public sealed class PackageScriptTests : IDisposable
{
    private readonly PackageScript script = new();
    private static string ExampleEnv => RepoPaths.Of("appPackage", ".env.example");

    [Fact]
    public async Task Package_filled_with_sample_values_validates_against_the_official_Teams_schema()
    {
        var run = await script.RunAsync(ExampleEnv, "sample");
        Assert.True(run.ExitCode == 0, run.Output);

        var manifestText = ReadEntry(script.ZipPath("sample"), "manifest.json");
        Assert.DoesNotContain("${{", manifestText, StringComparison.Ordinal);

        // Validate the zipped manifest a second time, independently of the script, with the same official schemas.
        var manifestPath = Path.Combine(script.OutDir, "zipped-manifest.json");
        await File.WriteAllTextAsync(manifestPath, manifestText);
        var schemaErrors = await SchemaValidation.ErrorsAsync(manifestPath);
        Assert.True(schemaErrors.Count == 0, string.Join('\n', schemaErrors));

        var manifest = JsonNode.Parse(manifestText)!;
        Assert.Equal("00000000-0000-4000-8000-000000000002", (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal("https://app-m365nis2-example.azurewebsites.net/tab/configure",
            (string?)manifest["configurableTabs"]![0]!["configurationUrl"]);
        Assert.Equal("api://app-m365nis2-example.azurewebsites.net/00000000-0000-4000-8000-000000000003",
            (string?)manifest["webApplicationInfo"]!["resource"]);
    }

    [Fact]
    public async Task Value_that_breaks_the_schema_makes_the_script_fail_with_the_schema_error()
    {
        var envFile = script.WriteEnvFile(line => line.StartsWith("BOT_ID=", StringComparison.Ordinal) ? "BOT_ID=not-a-guid" : line);

        var run = await script.RunAsync(envFile, "broken");

        Assert.True(run.ExitCode != 0, run.Output);
        Assert.Contains("/bots/0/botId", run.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(script.ZipPath("broken")), "no package may be written for an invalid manifest");
    }

    [Fact]
    public async Task Unfilled_placeholder_makes_the_script_fail_naming_it()
    {
        var envFile = script.WriteEnvFile(line => line.StartsWith("TAB_DOMAIN=", StringComparison.Ordinal) ? null : line);

        var run = await script.RunAsync(envFile, "unfilled");

        Assert.True(run.ExitCode != 0, run.Output);
        Assert.Contains("${{TAB_DOMAIN}}", run.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("${{BOT_ID}}", run.StdErr, StringComparison.Ordinal);
        Assert.False(File.Exists(script.ZipPath("unfilled")), "no package may be written with unfilled placeholders");
    }

    [Fact]
    public async Task Package_zip_holds_the_manifest_and_both_icons_at_its_root()
    {
        var run = await script.RunAsync(ExampleEnv, "zip");
        Assert.True(run.ExitCode == 0, run.Output);

        using var zip = ZipFile.OpenRead(script.ZipPath("zip"));
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        foreach (var icon in new[] { "color.png", "outline.png" })
        {
            using var stream = zip.GetEntry(icon)!.Open();
            using var copy = new MemoryStream();
            await stream.CopyToAsync(copy);
            Assert.Equal(await File.ReadAllBytesAsync(RepoPaths.Of("appPackage", icon)), copy.ToArray());
        }
    }

    private static string ReadEntry(string zipPath, string name)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    public void Dispose() => script.Dispose();
}
