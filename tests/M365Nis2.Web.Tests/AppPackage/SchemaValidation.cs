using M365Nis2.Web.Tests.Support;
using System.Text.Json;
using M365Nis2.Web.Tests.Tooling;

namespace M365Nis2.Web.Tests.AppPackage;

/// <summary>The official Teams manifest schemas, as bundled in npm @microsoft/app-manifest (offline).</summary>
internal static class SchemaValidation
{
    private const string Validator = """
        const { AppManifestUtils } = require("@microsoft/app-manifest");
        const manifest = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
        AppManifestUtils.validateAgainstSchema(manifest).then(
          (errors) => console.log(JSON.stringify(errors)),
          (error) => { console.error(error); process.exit(2); });
        """;

    public static async Task<IReadOnlyList<string>> ErrorsAsync(string manifestPath)
    {
        RepoPaths.NodeModule("@microsoft/app-manifest");
        var run = await ExternalProcess.RunAsync("node", ["-e", Validator, manifestPath]);
        Assert.True(run.ExitCode == 0, run.Output);
        return JsonSerializer.Deserialize<string[]>(run.StdOut) ?? throw new InvalidOperationException(run.Output);
    }
}
