using M365Nis2.Web.Tests.Support;
using System.Reflection;
using M365Nis2.Web.Tests.Tooling;

namespace M365Nis2.Web.Tests.Infra;

/// <summary>The bicep CLI shipped in the Azure.Bicep.CommandLine.linux-x64 NuGet package the test project references.</summary>
internal static class BicepCli
{
    private static readonly Lazy<string> Executable = new(Locate);

    public static Task<ProcessResult> RunAsync(params string[] arguments) =>
        ExternalProcess.RunAsync(Executable.Value, arguments, RepoPaths.Of("infra"), timeout: TimeSpan.FromMinutes(3));

    private static string Locate()
    {
        var packagePath = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(a => a.Key == "BicepPackagePath")?.Value;
        if (string.IsNullOrEmpty(packagePath))
        {
            throw new InvalidOperationException(
                "BicepPackagePath assembly metadata is empty: restore the test project (Azure.Bicep.CommandLine.linux-x64).");
        }
        var path = Path.Combine(packagePath, "tools", "bicep");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"bicep CLI not found at {path}.", path);
        }
        // Package extraction does not always keep the execute bit. (The package is the linux-x64 build.)
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("The referenced bicep package is the linux-x64 build.");
        }
        var mode = File.GetUnixFileMode(path);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute);
        }
        return path;
    }
}
