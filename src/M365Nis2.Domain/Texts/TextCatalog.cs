using System.Globalization;
using System.Reflection;

namespace M365Nis2.Domain.Texts;

/// <summary>
/// Every coded text of the domain, found on the holder classes listed here (public static <see cref="TextCode"/>
/// fields). One table in one folder: the English and Danish templates sit side by side, and the domain tests check
/// that each code has both and that their placeholders agree.
/// </summary>
public static class TextCatalog
{
    private static readonly Type[] Holders =
    [
        typeof(CommonTexts), typeof(MfaTexts), typeof(PolicyTexts), typeof(DeviceTexts), typeof(DefenderTexts), typeof(HygieneTexts),
        typeof(BackupTexts), typeof(SecureScoreTexts), typeof(MeasureTexts), typeof(TaskTexts), typeof(AcknowledgementTexts),
        typeof(FollowUpTexts), typeof(SupplierTexts), typeof(ExerciseTexts), typeof(RiskTexts), typeof(SummaryTexts),
        typeof(ReachTexts), typeof(ModuleTexts), typeof(SupplierChangeTexts), typeof(SupplierInputTexts), typeof(AssetInputTexts), typeof(RequestTexts),
        typeof(RiskInputTexts), typeof(ApprovalInputTexts), typeof(ModuleInputTexts), typeof(ScopeInputTexts),
    ];

    private static readonly Lazy<IReadOnlyDictionary<string, TextCode>> ByCode = new(() =>
        Holders.SelectMany(h => h.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(TextCode))
            .Select(f => (TextCode)f.GetValue(null)!)
            .ToDictionary(c => c.Code, StringComparer.Ordinal));

    public static IReadOnlyCollection<TextCode> All => [.. ByCode.Value.Values];

    public static TextCode? Find(string? code) => code is not null && ByCode.Value.TryGetValue(code, out var c) ? c : null;

    /// <summary>The text in the language, or null when the code is unknown (a newer code read by an older build).</summary>
    public static string? Render(string? code, IReadOnlyDictionary<string, string>? args, string? language)
    {
        if (Find(code) is not { } text)
            return null;
        var danish = TextLanguage.IsDanish(language);
        return Fill(text.Template(danish), args ?? new Dictionary<string, string>(), "", danish);
    }

    /// <summary>A stored message in the reader's language: its code rendered when known, else the stored (English) text.</summary>
    public static string Localize(string message, string? code, IReadOnlyDictionary<string, string>? args, string? language) =>
        Render(code, args, language) ?? message;

    private static string Fill(string template, IReadOnlyDictionary<string, string> args, string prefix, bool danish)
    {
        var culture = TextLanguage.Culture(danish ? TextLanguage.Danish : TextLanguage.English);
        return TextCode.PlaceholderPattern().Replace(template, m =>
        {
            var name = prefix + m.Groups["name"].Value;
            if (!args.TryGetValue(name, out var value))
                return m.Value; // visible, never blank: a missing argument shows its placeholder
            if (value.StartsWith("@@", StringComparison.Ordinal))
                return value[1..];
            if (value.StartsWith('@'))
                return Find(value[1..]) is { } nested ? Fill(nested.Template(danish), args, name + ".", danish) : value[1..];
            return m.Groups["format"].Success && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                ? number.ToString(m.Groups["format"].Value, culture)
                : value;
        });
    }
}
