using M365Nis2.Domain.Catalogue;

namespace M365Nis2.Domain.Incidents;

/// <summary>The Art. 23(4) reporting stages.</summary>
public enum IncidentStage
{
    EarlyWarning = 0,
    Notification,
    Intermediate,
    FinalReport,
}

public enum ReportLanguage
{
    English = 0,
    Danish,
}

/// <summary>Links the stages to <see cref="Nis2Catalogue.ReportingStages"/> and names them in both languages.</summary>
public static class IncidentStages
{
    public static IReadOnlyList<IncidentStage> All { get; } =
        [IncidentStage.EarlyWarning, IncidentStage.Notification, IncidentStage.Intermediate, IncidentStage.FinalReport];

    /// <summary>The catalogue id ("early_warning", "notification", "intermediate", "final_report").</summary>
    public static string Id(this IncidentStage stage) => stage switch
    {
        IncidentStage.EarlyWarning => "early_warning",
        IncidentStage.Notification => "notification",
        IncidentStage.Intermediate => "intermediate",
        IncidentStage.FinalReport => "final_report",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, null),
    };

    /// <summary>The catalogue's definition of the stage (duration and contents).</summary>
    public static ReportingStage Definition(this IncidentStage stage) =>
        Nis2Catalogue.Default.ReportingStages.Single(s => s.Id == stage.Id());

    /// <summary>The title as in the directive's English and Danish texts.</summary>
    public static string Title(this IncidentStage stage, ReportLanguage language) => (stage, language) switch
    {
        (IncidentStage.EarlyWarning, ReportLanguage.Danish) => "Tidlig varsling",
        (IncidentStage.EarlyWarning, _) => "Early warning",
        (IncidentStage.Notification, ReportLanguage.Danish) => "Hændelsesunderretning",
        (IncidentStage.Notification, _) => "Incident notification",
        (IncidentStage.Intermediate, ReportLanguage.Danish) => "Foreløbig rapport",
        (IncidentStage.Intermediate, _) => "Intermediate report",
        (IncidentStage.FinalReport, ReportLanguage.Danish) => "Endelig rapport",
        _ => "Final report",
    };
}
