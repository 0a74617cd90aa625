namespace M365Nis2.Domain.Catalogue;

/// <summary>The four themes of ISO/IEC 27001:2022 Annex A.</summary>
public enum AnnexATheme
{
    Organisational = 5,
    People = 6,
    Physical = 7,
    Technological = 8,
}

/// <summary>One Annex A control. Titles are the short control names; the Danish ones are our translation, not the DS text.</summary>
public sealed record AnnexAControl(string Id, AnnexATheme Theme, string Title, string TitleDa);

/// <summary>The 93 controls of ISO/IEC 27001:2022 Annex A, the rows of a Statement of Applicability.</summary>
public static partial class AnnexA
{
    public static IReadOnlyList<AnnexAControl> Controls { get; } = [.. Organisational(), .. People(), .. Physical(), .. Technological()];

    public static AnnexAControl? Find(string id) => Controls.FirstOrDefault(c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The Art. 21(2) measures (and other catalogue controls) that map to this Annex A control.</summary>
    public static IReadOnlyList<string> MeasuresFor(string annexAId, Nis2Catalogue catalogue) =>
        [.. catalogue.Controls.Where(c => c.Iso27001.Contains(annexAId, StringComparer.OrdinalIgnoreCase)).Select(c => c.Id)];

    private static IEnumerable<AnnexAControl> Theme(AnnexATheme theme, params (string Title, string Da)[] titles) =>
        titles.Select((t, i) => new AnnexAControl($"A.{(int)theme}.{i + 1}", theme, t.Title, t.Da));
}
