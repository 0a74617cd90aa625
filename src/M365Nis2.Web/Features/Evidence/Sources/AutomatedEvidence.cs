using System.Text.Json;
using M365Nis2.Domain.Evidence;
using M365Nis2.Domain.Texts;
using M365Nis2.Web.Features.Vault;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>One source's word on one measure: its outcome there, when it was collected and where the proof is.</summary>
/// <param name="Unavailable">Why the source could not be read at all (permission, licence), else null; <paramref name="UnavailableDa"/> in Danish.</param>
public sealed record AutomatedSourceStatus(string Source, string Title, string Outcome, DateTimeOffset? CollectedAt, bool IsDemo,
    string? RunId, string? ArtefactId, string? Unavailable, string? UnavailableDa = null);

/// <summary>A measure's automated evidence across sources, combined by <see cref="MeasureOutcome"/>.</summary>
/// <param name="RuleDa">The stated rule in Danish, for the tab.</param>
public sealed record AutomatedMeasure(string ControlId, string? Outcome, string Rule, IReadOnlyList<AutomatedSourceStatus> Sources, DateTimeOffset? LastCollectedAt,
    string? RuleDa = null);

/// <summary>A check as stored in a source artefact, with the source it came from.</summary>
public sealed record AutomatedCheck(string Source, string Check, string Outcome, IReadOnlyList<AutomatedFinding> Findings);

/// <summary>A finding as stored in a source artefact: the English message always; code and arguments since findings have codes.</summary>
/// <param name="SubjectTexts">The subjects as coded texts when they carry words of their own ("PC-7, never synced"); null for plain names.</param>
public sealed record AutomatedFinding(string Severity, string Message, IReadOnlyList<string> Subjects, string? Code = null,
    IReadOnlyDictionary<string, string>? Args = null, IReadOnlyList<CodedText>? SubjectTexts = null)
{
    /// <summary>The Danish text for the tab; null for a finding stored before codes (its English is all there is).</summary>
    public string? MessageDa => TextCatalog.Render(Code, Args, TextLanguage.Danish);

    /// <summary>The subjects with their words in Danish for the tab; null when they are plain names (or were removed).</summary>
    public IReadOnlyList<string>? SubjectsDa => Finding.Danish(Subjects, SubjectTexts);

    public string Text(string? language) => TextCatalog.Localize(Message, Code, Args, language);

    /// <summary>The subjects in the reader's language: coded ones rendered, plain names as they are (<see cref="Finding.SubjectsIn"/>).</summary>
    public IReadOnlyList<string> SubjectsIn(string? language) => Finding.In(Subjects, SubjectTexts, language);

    /// <summary>The finding without its named subjects, for readers who may not see names; the counts stay in the message.</summary>
    public AutomatedFinding WithoutNames() => this with { Subjects = [], SubjectTexts = null };

    public static AutomatedFinding Of(string severity, CodedText text, IReadOnlyList<string> subjects) => new(severity, text.English, subjects, text.Code, text.Args);
}

/// <summary>
/// Reads what the sources concluded: the newest succeeded run of every enabled source (one top-1 query each, cached
/// briefly because the overview asks per control), and the checks and extras from their signed artefacts.
/// </summary>
public sealed class AutomatedEvidence(SourceCollector collector, SourceRunStore runs, IEvidenceVault vault, TimeProvider time)
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(5);
    private (DateTimeOffset At, IReadOnlyList<(IEvidenceSource Source, SourceRun Run)> Latest)? cache;

    /// <summary>Drops the cache, so a finished run shows at once on this instance.</summary>
    public void Invalidate() => cache = null;

    public async Task<AutomatedMeasure?> ForMeasureAsync(string controlId, CancellationToken ct)
    {
        var latest = (await LatestAsync(ct)).Where(x => x.Source.ControlIds.Contains(controlId, StringComparer.Ordinal)).ToList();
        if (latest.Count == 0)
            return null;
        var statuses = latest.Select(x => new AutomatedSourceStatus(x.Source.Key, x.Source.Title,
            x.Run.Measures.GetValueOrDefault(controlId, nameof(Outcome.Unknown)), x.Run.FinishedAt, x.Run.IsDemo, x.Run.RunId, x.Run.ArtefactId, x.Run.Unavailable,
            x.Run.UnavailableDa)).ToList();
        var (outcome, rule) = MeasureOutcome.CombineStated([.. statuses.Select(s => new CheckResult(s.Source,
            Enum.TryParse<Outcome>(s.Outcome, out var o) ? o : Outcome.Unknown, []))]);
        return new AutomatedMeasure(controlId, outcome?.ToString(), rule.English, statuses, statuses.Max(s => s.CollectedAt), rule.Danish);
    }

    /// <summary>The checks speaking to a measure, read back from each source's newest signed artefact.</summary>
    public async Task<IReadOnlyList<AutomatedCheck>> ChecksAsync(string controlId, CancellationToken ct)
    {
        var checks = new List<AutomatedCheck>();
        foreach (var (source, run) in await LatestAsync(ct))
        {
            if (!source.ControlIds.Contains(controlId, StringComparer.Ordinal) || await ArtefactAsync(run, ct) is not { } doc)
                continue;
            using var _ = doc;
            foreach (var c in doc.RootElement.GetProperty("checks").EnumerateArray())
            {
                if (c.GetProperty("controlId").GetString() != controlId)
                    continue;
                var result = c.GetProperty("result");
                checks.Add(new AutomatedCheck(source.Key, result.GetProperty("check").GetString() ?? "", result.GetProperty("outcome").GetString() ?? "",
                    result.GetProperty("findings").Deserialize<List<AutomatedFinding>>(SourceArtefact.Json) ?? []));
            }
        }
        return checks;
    }

    /// <summary>A source's <c>extra</c> section from its newest artefact (e.g. Defender's Art. 23 candidates), with the run it came from.</summary>
    public async Task<(SourceRun Run, JsonElement Extra)?> ExtraAsync(string sourceKey, CancellationToken ct)
    {
        var entry = (await LatestAsync(ct)).FirstOrDefault(x => x.Source.Key == sourceKey);
        if (entry.Run is null || await ArtefactAsync(entry.Run, ct) is not { } doc)
            return null;
        using (doc)
            return doc.RootElement.TryGetProperty("extra", out var extra) ? (entry.Run, extra.Clone()) : null;
    }

    public async Task<IReadOnlyList<(IEvidenceSource Source, SourceRun Run)>> LatestAsync(CancellationToken ct)
    {
        // Two requests refreshing at once both read the same rows; cheaper than a lock a request could wait on.
        if (cache is { } c && time.GetUtcNow() - c.At < CacheFor)
            return c.Latest;
        var latest = new List<(IEvidenceSource, SourceRun)>();
        foreach (var source in collector.Enabled)
        {
            var newest = await runs.LatestAsync(source.Key, 1, RunStatuses.Succeeded, ct);
            if (newest.Count > 0)
                latest.Add((source, newest[0]));
        }
        cache = (time.GetUtcNow(), latest);
        return latest;
    }

    private async Task<JsonDocument?> ArtefactAsync(SourceRun run, CancellationToken ct) =>
        run.ArtefactId is { } id && await vault.GetContentAsync(id, ct) is { } content ? JsonDocument.Parse(content.Content) : null;
}
