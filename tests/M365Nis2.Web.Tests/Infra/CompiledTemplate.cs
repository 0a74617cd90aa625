using System.Text.Json.Nodes;

namespace M365Nis2.Web.Tests.Infra;

/// <summary>infra/main.bicep compiled to ARM JSON once per test run, with every resource of every nested module.</summary>
internal static class CompiledTemplate
{
    private static readonly Lazy<Task<JsonNode>> Template = new(BuildAsync);

    public static async Task<JsonNode> RootAsync() => await Template.Value;

    /// <summary>All resource declarations of a type, wherever they sit in the nested deployments.</summary>
    public static async Task<IReadOnlyList<JsonObject>> ResourcesAsync(string type) =>
        Descendants(await RootAsync())
            .Where(o => o["apiVersion"] is not null &&
                string.Equals((string?)o["type"], type, StringComparison.OrdinalIgnoreCase))
            .ToList();

    private static async Task<JsonNode> BuildAsync()
    {
        var build = await BicepCli.RunAsync("build", "main.bicep", "--stdout");
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException(build.Output);
        }
        return JsonNode.Parse(build.StdOut) ?? throw new InvalidOperationException("bicep build printed no JSON");
    }

    private static IEnumerable<JsonObject> Descendants(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                yield return obj;
                foreach (var child in obj.SelectMany(p => Descendants(p.Value)))
                {
                    yield return child;
                }
                break;
            case JsonArray array:
                foreach (var child in array.SelectMany(Descendants))
                {
                    yield return child;
                }
                break;
            default:
                break;
        }
    }
}
