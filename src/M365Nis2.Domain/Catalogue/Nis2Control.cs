namespace M365Nis2.Domain.Catalogue;

/// <summary>Which part of NIS2 a control comes from.</summary>
public enum ControlKind
{
    /// <summary>Art. 21(2) cybersecurity risk-management measures.</summary>
    Measure = 0,
    /// <summary>Art. 20 governance: approval and training.</summary>
    Management,
    /// <summary>Art. 23 reporting obligations.</summary>
    Reporting,
}

/// <summary>Where an ISO/IEC 27001:2022 mapping comes from.</summary>
public enum IsoMappingSource
{
    /// <summary>The SAMSIK + Dansk Standard webinar (June 2025).</summary>
    Webinar = 0,
    /// <summary>A widely used mapping not shown in the webinar (<c>iso_source: common</c>).</summary>
    Common,
}

/// <summary>One NIS2 obligation the app tracks evidence for. Ids (e.g. <c>art21.2.j</c>) are stable storage keys.</summary>
/// <param name="Title">English title, paraphrased.</param>
/// <param name="TitleDa">Danish title, paraphrased.</param>
/// <param name="Iso27001">ISO/IEC 27001:2022 clauses and Annex A controls, e.g. "9.1", "A.5.15".</param>
public sealed record Nis2Control(
    string Id,
    ControlKind Kind,
    string Title,
    string TitleDa,
    IReadOnlyList<string> Iso27001,
    IsoMappingSource IsoSource = IsoMappingSource.Webinar);

/// <summary>A document an audit typically asks for, and the measures it mainly supports.</summary>
public sealed record AuditDocument(string Id, string Title, IReadOnlyList<string> Measures);
