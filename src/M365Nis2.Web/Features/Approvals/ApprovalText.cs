namespace M365Nis2.Web.Features.Approvals;

/// <summary>Marker for the approval cards' and messages' text (ApprovalText.resx = English, .da.resx = Danish).</summary>
#pragma warning disable CA1052 // a marker type for IStringLocalizer<T>, never instantiated
public sealed class ApprovalText;
#pragma warning restore CA1052
