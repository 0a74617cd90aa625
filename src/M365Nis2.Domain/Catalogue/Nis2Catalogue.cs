namespace M365Nis2.Domain.Catalogue;

/// <summary>
/// The NIS2 catalogue as a pure model. <see cref="Default"/> is built in C# from <c>data/nis2-catalogue.yaml</c>
/// (the Domain takes no YAML or I/O dependency); a test cross-checks the two so they cannot drift.
/// </summary>
public sealed partial record Nis2Catalogue(
    IReadOnlyList<Nis2Control> Controls,
    IReadOnlyList<string> SignificantIncidentCriteria,
    IReadOnlyList<ReportingStage> ReportingStages,
    IReadOnlyList<AuditDocument> Documents,
    IReadOnlyList<string> Kpis)
{
    /// <summary>The ten Art. 21(2) measures, in order a..j.</summary>
    public IEnumerable<Nis2Control> Measures => Controls.Where(c => c.Kind == ControlKind.Measure);

    /// <summary>The control with this id, or null.</summary>
    public Nis2Control? Find(string id) => Controls.FirstOrDefault(c => c.Id.Equals(id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The control with this id; throws for an unknown id, which is a programming error.</summary>
    public Nis2Control Get(string id) => Find(id) ?? throw new KeyNotFoundException($"No NIS2 control with id '{id}'.");

    /// <summary>Documents that support the given control.</summary>
    public IEnumerable<AuditDocument> DocumentsFor(string controlId) =>
        Documents.Where(d => d.Measures.Contains(controlId, StringComparer.OrdinalIgnoreCase));
}
