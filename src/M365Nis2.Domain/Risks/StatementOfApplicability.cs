using M365Nis2.Domain.Catalogue;
using M365Nis2.Domain.Texts;

namespace M365Nis2.Domain.Risks;

/// <summary>How far an applicable control is implemented.</summary>
public enum ImplementationState
{
    NotImplemented = 0,
    Planned,
    PartiallyImplemented,
    Implemented,
}

/// <summary>One row of the SoA (ISO/IEC 27001 6.1.3 d): applicable or not, why, how far, and what it links to.</summary>
/// <param name="Measures">Art. 21(2) measures the control serves (catalogue ids).</param>
/// <param name="RiskIds">Risks in the register the control treats.</param>
public sealed record SoaEntry(
    string ControlId,
    bool Applicable,
    string Justification,
    ImplementationState Implementation,
    IReadOnlyList<string> Measures,
    IReadOnlyList<string> RiskIds);

/// <summary>Counts for a summary line and the board card.</summary>
public sealed record SoaSummary(int Controls, int Applicable, int Excluded, int Implemented, int Partial, int Planned, int NotImplemented);

/// <summary>
/// The Statement of Applicability: one entry per Annex A control, versioned; each version is put to the board and
/// signed. A justification is required for inclusion and for exclusion alike (the standard asks for both).
/// </summary>
public sealed record StatementOfApplicability(int Version, IReadOnlyList<SoaEntry> Entries)
{
    public const int MaxJustificationLength = 1000;

    /// <summary>A first draft: every control applicable, not yet implemented, linked to the measures the catalogue maps it to.</summary>
    public static StatementOfApplicability Draft(Nis2Catalogue catalogue) => new(0,
        [.. AnnexA.Controls.Select(c => new SoaEntry(c.Id, true, "", ImplementationState.NotImplemented, AnnexA.MeasuresFor(c.Id, catalogue), []))]);

    /// <summary>Every problem; empty when the statement may be saved as a version.</summary>
    public IReadOnlyList<CodedText> Validate(Nis2Catalogue catalogue, IReadOnlySet<string> knownRiskIds)
    {
        var problems = new List<CodedText>();
        var ids = Entries.Select(e => e.ControlId).ToList();
        foreach (var unknown in ids.Where(id => AnnexA.Find(id) is null).Distinct(StringComparer.OrdinalIgnoreCase))
            problems.Add(RiskInputTexts.NotAnnexA.With(unknown));
        foreach (var twice in ids.GroupBy(i => i, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add(RiskInputTexts.SoaListedTwice.With(twice.Key));
        var missing = AnnexA.Controls.Select(c => c.Id).Except(ids, StringComparer.OrdinalIgnoreCase).ToList();
        if (missing.Count > 0)
            problems.Add(RiskInputTexts.SoaMissing.With(string.Join(", ", missing)));
        foreach (var entry in Entries)
            ValidateEntry(entry, catalogue, knownRiskIds, problems);
        return problems;
    }

    public SoaSummary Summary()
    {
        var applicable = Entries.Where(e => e.Applicable).ToList();
        int Count(ImplementationState s) => applicable.Count(e => e.Implementation == s);
        return new(Entries.Count, applicable.Count, Entries.Count - applicable.Count, Count(ImplementationState.Implemented),
            Count(ImplementationState.PartiallyImplemented), Count(ImplementationState.Planned), Count(ImplementationState.NotImplemented));
    }

    /// <summary>The hash the board's decision is bound to: every entry in Annex A order.</summary>
    public string Sha256()
    {
        var text = new CanonicalText("m365nis2-soa-v1").Add("version", Version);
        foreach (var entry in Entries.OrderBy(e => AnnexAOrder(e.ControlId)))
        {
            text.Add("control", entry.ControlId).Add("applicable", entry.Applicable ? "yes" : "no").Add("justification", entry.Justification)
                .Add("implementation", entry.Implementation.ToString()).AddSet("measure", entry.Measures).AddSet("risk", entry.RiskIds);
        }
        return text.Sha256();
    }

    private static int AnnexAOrder(string id) =>
        AnnexA.Controls.Select((c, i) => (c, i)).FirstOrDefault(x => string.Equals(x.c.Id, id, StringComparison.OrdinalIgnoreCase)).i;

    private static void ValidateEntry(SoaEntry entry, Nis2Catalogue catalogue, IReadOnlySet<string> knownRiskIds, List<CodedText> problems)
    {
        if (string.IsNullOrWhiteSpace(entry.Justification))
            problems.Add((entry.Applicable ? RiskInputTexts.SoaWhyIncluded : RiskInputTexts.SoaWhyExcluded).With(entry.ControlId));
        else if (entry.Justification.Length > MaxJustificationLength)
            problems.Add(RiskInputTexts.SoaJustificationTooLong.With(entry.ControlId, MaxJustificationLength));
        if (!entry.Applicable && entry.Implementation != ImplementationState.NotImplemented)
            problems.Add(RiskInputTexts.SoaExcludedState.With(entry.ControlId));
        foreach (var measure in entry.Measures.Where(m => catalogue.Find(m) is null))
            problems.Add(RiskInputTexts.SoaNotMeasure.With(entry.ControlId, measure));
        foreach (var risk in entry.RiskIds.Where(r => !knownRiskIds.Contains(r)))
            problems.Add(RiskInputTexts.SoaRiskUnknown.With(entry.ControlId, risk));
    }
}
