namespace M365Nis2.Web.Features.Acknowledgements;

/// <summary>Marker for the acknowledgement cards' text (AcknowledgementText.resx = English, .da.resx = Danish).</summary>
#pragma warning disable CA1052 // a marker type for IStringLocalizer<T>, never instantiated
public sealed class AcknowledgementText;
#pragma warning restore CA1052
