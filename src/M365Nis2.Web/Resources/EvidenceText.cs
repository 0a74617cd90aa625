namespace M365Nis2.Web.Resources;

/// <summary>
/// Marker for the evidence card's text (EvidenceText.resx = English, EvidenceText.da.resx = Danish), used as
/// IStringLocalizer&lt;EvidenceText&gt;; kept apart from BotText so features do not edit one shared file.
/// </summary>
#pragma warning disable CA1052 // a marker type for IStringLocalizer<T>, never instantiated
public sealed class EvidenceText;
#pragma warning restore CA1052
