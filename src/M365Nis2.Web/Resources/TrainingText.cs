namespace M365Nis2.Web.Resources;

/// <summary>User-facing text of the training and awareness cards (TrainingText.resx English, TrainingText.da.resx Danish).</summary>
#pragma warning disable CA1052 // a marker type for IStringLocalizer<T>, never instantiated
public sealed class TrainingText;
#pragma warning restore CA1052
