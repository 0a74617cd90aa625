using M365Nis2.Web.Tests.Support;
using M365Nis2.Web.Tests.Tooling;

namespace M365Nis2.Web.Tests.AppPackage;

/// <summary>Runs the committed appPackage/package.mjs the way a developer or the azd hook does.</summary>
internal sealed class PackageScript : IDisposable
{
    public static readonly string[] Placeholders =
        ["TEAMS_APP_ID", "BOT_ID", "TAB_ENDPOINT", "TAB_DOMAIN", "AAD_APP_CLIENT_ID", "APP_NAME_SUFFIX"];

    public string OutDir { get; } = Directory.CreateTempSubdirectory("m365nis2-apppackage-").FullName;

    public string ZipPath(string envName) => Path.Combine(OutDir, $"appPackage.{envName}.zip");

    /// <summary>Runs the script with an env file; the placeholders' variables are removed from the inherited environment.</summary>
    public Task<ProcessResult> RunAsync(string envFile, string envName)
    {
        RepoPaths.NodeModule("@microsoft/app-manifest");
        var environment = Placeholders.ToDictionary(name => name, _ => (string?)null);
        return ExternalProcess.RunAsync(
            "node",
            [RepoPaths.Of("appPackage", "package.mjs"), "--env", envFile, "--name", envName, "--out", OutDir],
            environment: environment);
    }

    /// <summary>Writes an env file built from the committed example, with some keys replaced or removed.</summary>
    public string WriteEnvFile(Func<string, string?> editLine)
    {
        var lines = File.ReadAllLines(RepoPaths.Of("appPackage", ".env.example")).Select(editLine).OfType<string>();
        var path = Path.Combine(OutDir, ".env.edited");
        File.WriteAllLines(path, lines);
        return path;
    }

    public void Dispose() => Directory.Delete(OutDir, recursive: true);
}
