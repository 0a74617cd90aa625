using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using M365Nis2.Teams.Cards;
using M365Nis2.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace M365Nis2.Web.Tests.Cards;

/// <summary>
/// Every card template of every feature (each ICardSamples implementation in the Web assembly, found by reflection)
/// is validated by the official adaptivecards renderer library and against our own invariants.
/// </summary>
public class CardValidationTests
{
    private const int MaxCardBytes = 28 * 1024;

    [Fact]
    public async Task Every_sample_card_of_every_feature_is_valid()
    {
        var samples = AllSamples();
        Assert.NotEmpty(samples);
        Assert.Contains(samples, s => s.Name.StartsWith("BotCardSamples/welcome.da", StringComparison.Ordinal));

        var issues = new List<string>();
        foreach (var (name, json) in samples)
        {
            issues.AddRange(OwnInvariants(json).Select(problem => $"{name}: {problem}"));
        }
        issues.AddRange((await RunValidatorAsync(samples)).Select(i => $"{i.Name}: {i.Message}"));

        Assert.True(issues.Count == 0, "Invalid cards:\n" + string.Join("\n", issues));
    }

    [Fact]
    public async Task Validator_reports_unknown_element_types_and_bad_enum_values()
    {
        var broken = JsonNode.Parse("""
            {"type":"AdaptiveCard","version":"1.5","body":[
              {"type":"TextBlok","text":"typo in the type"},
              {"type":"TextBlock","text":"bad size","size":"huge"},
              {"type":"Input.Text","id":"dup"},{"type":"Input.Text","id":"dup"}],
             "actions":[{"type":"Action.OpenUrl","title":"no url"}]}
            """)!;

        var issues = await RunValidatorAsync([("broken", broken)]);

        Assert.Contains(issues, i => i.Message.Contains("TextBlok", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Message.Contains("huge", StringComparison.Ordinal));
        Assert.Contains(issues, i => i.Message.Contains("dup", StringComparison.Ordinal));
        Assert.All(issues, i => Assert.Equal("broken", i.Name));
    }

    [Fact]
    public void Own_invariants_catch_empty_text_missing_verb_and_wrong_version()
    {
        var card = JsonNode.Parse("""
            {"type":"AdaptiveCard","version":"1.6","body":[{"type":"TextBlock","text":""}],
             "actions":[{"type":"Action.Execute","title":"Approve"}]}
            """)!;

        var problems = OwnInvariants(card);

        Assert.Equal(3, problems.Count);
    }

    [Fact]
    public void Enums_serialize_to_the_schema_spellings()
    {
        var card = new AdaptiveCard
        {
            Body = [new TextBlock { Text = "x", Size = TextSize.ExtraLarge, Weight = TextWeight.Bolder, Color = TextColor.Attention },
                new ChoiceSetInput { Id = "c", Style = ChoiceInputStyle.Expanded, Choices = [new Choice("Yes", "yes")] }],
            Actions = [new ExecuteAction { Title = "Approve", Verb = "approval.vote", Style = ActionStyle.Positive, Fallback = "Action.Submit" }],
        };

        var json = card.ToJson();

        Assert.StartsWith("""{"type":"AdaptiveCard","version":"1.5","body":[{"type":"TextBlock",""", json, StringComparison.Ordinal);
        Assert.Contains("\"size\":\"ExtraLarge\",\"weight\":\"Bolder\",\"color\":\"Attention\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"Input.ChoiceSet\"", json, StringComparison.Ordinal);
        Assert.Contains("\"style\":\"expanded\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"Action.Execute\"", json, StringComparison.Ordinal);
        Assert.Contains("\"style\":\"positive\"", json, StringComparison.Ordinal);
        Assert.Contains("\"msteams\":{\"width\":\"Full\"}", json, StringComparison.Ordinal);
    }

    /// <summary>Creates every ICardSamples implementation from the real host's services, so features need no test code.</summary>
    internal static List<(string Name, JsonNode Card)> AllSamples()
    {
        using var app = new TestApp();
        using var scope = app.Services.CreateScope();
        var types = typeof(Program).Assembly.GetTypes() // the host: ICardSamples itself lives in M365Nis2.Teams
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICardSamples).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        var result = new List<(string, JsonNode)>();
        foreach (var type in types)
        {
            var samples = (ICardSamples)ActivatorUtilities.CreateInstance(scope.ServiceProvider, type);
            foreach (var (name, card) in samples.Samples())
            {
                result.Add(($"{type.Name}/{name}", JsonNode.Parse(card.ToJson())!));
            }
        }
        return result;
    }

    private static List<string> OwnInvariants(JsonNode card)
    {
        var problems = new List<string>();
        if (card["version"]?.GetValue<string>() != "1.5")
        {
            problems.Add("version must be 1.5 (the newest Teams renders for bot cards)");
        }
        var size = Encoding.UTF8.GetByteCount(card.ToJsonString());
        if (size >= MaxCardBytes)
        {
            problems.Add($"card JSON is {size} bytes, limit {MaxCardBytes}");
        }
        foreach (var node in Descendants(card).OfType<JsonObject>())
        {
            var type = node["type"] is JsonValue v && v.TryGetValue<string>(out var t) ? t : null;
            if (type == "TextBlock" && string.IsNullOrWhiteSpace(node["text"]?.GetValue<string>()))
            {
                problems.Add("a TextBlock has no text");
            }
            if (type == "Action.Execute" && string.IsNullOrWhiteSpace(node["verb"]?.GetValue<string>()))
            {
                problems.Add($"Action.Execute '{node["title"]}' has no verb");
            }
        }
        return problems;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }

    public sealed record ValidatorIssue(string Name, string Message);

    private static async Task<List<ValidatorIssue>> RunValidatorAsync(IEnumerable<(string Name, JsonNode Card)> cards)
    {
        RepoPaths.NodeModule("adaptivecards", "dist", "adaptivecards.js");
        var input = new JsonArray([.. cards.Select(c => (JsonNode)new JsonObject { ["name"] = c.Name, ["card"] = c.Card.DeepClone() })]);
        var psi = new ProcessStartInfo("node")
        {
            ArgumentList = { RepoPaths.Of("tests", "M365Nis2.Web.Tests", "Cards", "validate-cards.js"), RepoPaths.Root },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(psi)!;
        await process.StandardInput.WriteAsync(input.ToJsonString());
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, "validate-cards.js failed: " + await stderr);
        return JsonSerializer.Deserialize<List<ValidatorIssue>>(await stdout, JsonSerializerOptions.Web)!;
    }
}
