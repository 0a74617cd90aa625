using M365Nis2.Web.Features.Controls;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>One measure with automated sources, as the bot's overview card shows it.</summary>
/// <param name="Outcome">The sources' combined automated outcome (<c>MeasureOutcome</c>), null before any run.</param>
/// <param name="Findings">The worst findings (Medium and High) across its sources, worst first.</param>
public sealed record MeasureOverviewLine(string ControlId, string Title, string TitleDa, string? Outcome, IReadOnlyList<AutomatedSourceStatus> Sources,
    IReadOnlyList<AutomatedFinding> Findings);

/// <summary>Every measure an enabled source speaks to, in catalogue order; <see cref="IsDemo"/> when any source ran on demo data.</summary>
public sealed record MeasuresOverview(IReadOnlyList<MeasureOverviewLine> Measures, bool IsDemo)
{
    public bool Collected => Measures.Any(m => m.Sources.Count > 0);
}

/// <summary>Reads the overview from the sources' newest runs and artefacts (<see cref="AutomatedEvidence"/>).</summary>
public sealed class MeasuresOverviewReader(AutomatedEvidence automated, SourceCollector collector)
{
    public const int FindingsPerMeasure = 2;

    /// <param name="withNames">False: findings keep their message (with the counts), the named subjects go.</param>
    public async Task<MeasuresOverview> ReadAsync(bool withNames, CancellationToken ct)
    {
        var served = collector.Enabled.SelectMany(s => s.ControlIds).ToHashSet(StringComparer.Ordinal);
        var lines = new List<MeasureOverviewLine>();
        foreach (var control in ControlCatalogue.Current.Controls.Where(c => served.Contains(c.Id)))
        {
            var measure = await automated.ForMeasureAsync(control.Id, ct);
            var findings = measure is null ? [] : (await automated.ChecksAsync(control.Id, ct))
                .SelectMany(c => c.Findings)
                .Where(f => f.Severity is "High" or "Medium")
                .OrderBy(f => f.Severity == "High" ? 0 : 1)
                .Take(FindingsPerMeasure)
                .Select(f => withNames ? f : f.WithoutNames())
                .ToList();
            lines.Add(new MeasureOverviewLine(control.Id, control.Title, control.TitleDa, measure?.Outcome, measure?.Sources ?? [], findings));
        }
        return new MeasuresOverview(lines, lines.Any(l => l.Sources.Any(s => s.IsDemo)));
    }
}
