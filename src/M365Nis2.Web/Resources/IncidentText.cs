namespace M365Nis2.Web.Resources;

/// <summary>Marker for the incident cards' text (IncidentText.resx = English, IncidentText.da.resx = Danish).</summary>
#pragma warning disable CA1052 // a marker type for IStringLocalizer<T>, never instantiated
public sealed class IncidentText;
#pragma warning restore CA1052
