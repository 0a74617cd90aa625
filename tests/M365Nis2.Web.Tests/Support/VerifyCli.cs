using System.Diagnostics;

namespace M365Nis2.Web.Tests.Support;

/// <summary>The vault's offline `verify` verb run as its own process, as an auditor runs it (the host's dll sits beside the tests).</summary>
public static class VerifyCli
{
    public static (int ExitCode, string Output) Run(string folder)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "M365Nis2.Web.dll"), "verify", folder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }
}
