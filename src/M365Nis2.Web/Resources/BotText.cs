namespace M365Nis2.Web.Resources;

/// <summary>
/// Marker for the bot's and cards' user-facing text (BotText.resx = English, BotText.da.resx = Danish), used as
/// IStringLocalizer&lt;BotText&gt;. Keys are named Area_Meaning.
/// </summary>
#pragma warning disable CA1052 // a marker type for IStringLocalizer<T>, never instantiated
public sealed class BotText;
#pragma warning restore CA1052
