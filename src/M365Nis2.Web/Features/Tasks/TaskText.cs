namespace M365Nis2.Web.Features.Tasks;

/// <summary>Marker for the task cards' and messages' text (TaskText.resx = English, .da.resx = Danish).</summary>
#pragma warning disable CA1052 // a marker type for IStringLocalizer<T>, never instantiated
public sealed class TaskText;
#pragma warning restore CA1052
