using System.Text.Json.Nodes;
using M365Nis2.Domain.Evidence;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>
/// One Microsoft 365 source of automated evidence beyond (j): reads Graph through the <see cref="SourceReader"/> it is
/// given (paced, counted, failures mapped to Unknown with the permission or licence), and judges with its Domain rules.
/// Register with <c>services.AddEvidenceSource&lt;T&gt;()</c>; the collection runs every registered source in turn.
/// </summary>
public interface IEvidenceSource
{
    /// <summary>Stable key, also the artefact kind suffix (<c>evidence.&lt;key&gt;</c>) and the run partition.</summary>
    string Key { get; }

    /// <summary>Name shown with every status this source produces, e.g. "Microsoft Secure Score".</summary>
    string Title { get; }

    /// <summary>The measures its checks speak to.</summary>
    IReadOnlyList<string> ControlIds { get; }

    Task<SourceOutcome> CollectAsync(SourceReader reader, CancellationToken ct);
}

/// <summary>What a source concluded and what it keeps beyond its checks (e.g. Defender's Art. 23 candidates).</summary>
/// <param name="Extra">Source-specific results stored in the signed artefact under <c>extra</c>; null if none.</param>
public sealed record SourceOutcome(SourceEvaluation Evaluation, JsonNode? Extra = null);
