using M365Nis2.Web.Tests.Tooling;

namespace M365Nis2.Web.Tests.Support;

/// <summary>The vault's offline `verify` verb run as its own process, as an auditor runs it (the host's dll sits beside the tests).</summary>
public static class VerifyCli
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string folder)
    {
        var result = await ExternalProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "M365Nis2.Web.dll"), "verify", folder]);
        return (result.ExitCode, result.StdOut + result.StdErr);
    }
}
