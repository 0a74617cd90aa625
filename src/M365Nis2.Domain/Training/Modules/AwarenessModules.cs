namespace M365Nis2.Domain.Training.Modules;

/// <summary>
/// The built-in awareness modules, as C# data (compile-checked, no embedded-resource I/O in the Domain), each in English
/// ("en") and Danish ("da") with the same module and question ids and the same correct options.
/// </summary>
public static class AwarenessModules
{
    public const decimal DefaultPassMark = 0.75m;

    public static IReadOnlyList<AwarenessModule> All { get; } =
    [
        PhishingModule.English, PhishingModule.Danish,
        MfaAndPasswordsModule.English, MfaAndPasswordsModule.Danish,
        IncidentReportingModule.English, IncidentReportingModule.Danish,
    ];

    /// <summary>The module in that language ("en"/"da"), falling back to English; null for an unknown id.</summary>
    public static AwarenessModule? Find(string id, string language) =>
        All.FirstOrDefault(m => m.Id == id && m.Language.Equals(language, StringComparison.OrdinalIgnoreCase))
        ?? All.FirstOrDefault(m => m.Id == id && m.Language == "en");
}
