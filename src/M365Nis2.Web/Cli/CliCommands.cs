using M365Nis2.Web.Features.Vault;
using M365Nis2.Web.Infrastructure.Graph.DemoTenant;

namespace M365Nis2.Web.Cli;

/// <summary>
/// Verbs the host binary answers without starting the web host: `verify FOLDER` checks an exported evidence pack
/// offline; `playground-config FILE [UPN]` writes the Agents Playground config for the demo tenant (scripts/run.sh).
/// </summary>
public static class CliCommands
{
    /// <summary>The exit code when <paramref name="args"/> names a verb; null to start the host.</summary>
    public static int? TryRun(string[] args)
    {
        switch (args)
        {
            case ["verify", ..]:
                return VerifyCommand.Run(args);
            case ["playground-config", var path, .. var rest]:
                var upn = rest.Length > 0 ? rest[0] : DemoDirectory.CisoUpn;
                var demo = new DemoDirectory();
                if (demo.FindByUpn(upn) is null)
                {
                    Console.Error.WriteLine($"playground-config: {upn} is not a demo-tenant user.");
                    return 2;
                }
                File.WriteAllText(path, PlaygroundConfig.Render(demo, upn));
                Console.WriteLine($"wrote {path} (playground user: {upn})");
                return 0;
            case ["playground-config", ..]:
                Console.Error.WriteLine("usage: playground-config FILE [UPN]");
                return 2;
            default:
                return null;
        }
    }
}
