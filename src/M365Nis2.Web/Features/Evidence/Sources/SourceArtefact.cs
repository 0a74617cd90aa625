using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using M365Nis2.Domain.Evidence;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// The one signed artefact a source stores per run (kind <c>evidence.&lt;source&gt;</c>, schema
/// <c>m365nis2/evidence.source/v1</c>): every Graph request with its status and JSON or digest, the checks with their
/// findings per measure, the combined outcome per measure with the rule, the metrics and the source's extras.
/// </summary>
public static class SourceArtefact
{
    public const string Schema = "m365nis2/evidence.source/v1";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        WriteIndented = true,
    };

    public static string KindOf(string source) => $"evidence.{source}";

    public static byte[] Build(SourceRunContext run, IEvidenceSource source, SourceReader reader, SourceOutcome outcome, SourceRequestCounts counts, DateTimeOffset finishedAt)
    {
        var measures = new JsonObject();
        foreach (var controlId in source.ControlIds)
        {
            var (combined, rule) = MeasureOutcome.Combine(outcome.Evaluation.For(controlId));
            measures[controlId] = new JsonObject { ["outcome"] = combined?.ToString(), ["rule"] = rule };
        }
        var document = new JsonObject
        {
            ["schema"] = Schema,
            ["source"] = source.Key,
            ["title"] = source.Title,
            ["controlIds"] = JsonSerializer.SerializeToNode(source.ControlIds, Json),
            ["runId"] = run.RunId,
            ["tenantId"] = run.TenantId,
            ["isDemo"] = run.IsDemo,
            ["dataLabel"] = run.IsDemo ? "demo data" : null,
            ["graphBaseUrl"] = run.GraphBaseUrl.ToString(),
            ["collectedAt"] = reader.Now,
            ["finishedAt"] = finishedAt,
            ["requests"] = new JsonObject
            {
                ["total"] = counts.Total,
                ["throttled"] = counts.Throttled,
                ["byFamily"] = JsonSerializer.SerializeToNode(counts.ByFamily, Json),
            },
            ["sources"] = reader.Proof.DeepClone(),
            ["measures"] = measures,
            ["checks"] = JsonSerializer.SerializeToNode(outcome.Evaluation.Checks, Json),
            ["metrics"] = JsonSerializer.SerializeToNode(outcome.Evaluation.Metrics, Json),
            ["extra"] = outcome.Extra?.DeepClone(),
        };
        return JsonSerializer.SerializeToUtf8Bytes(document, Json);
    }
}

/// <summary>What every source's artefact states about the run it belongs to.</summary>
public sealed record SourceRunContext(string RunId, string Trigger, string Actor, string? TenantId, bool IsDemo, Uri GraphBaseUrl);
