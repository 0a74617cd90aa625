namespace M365Nis2.Domain.Incidents;

/// <summary>One content field of a stage's report, labelled in English and Danish.</summary>
/// <param name="Required">False only for content the directive asks for "where available" (indicators of compromise).</param>
public sealed record ReportField(string Id, string English, string Danish, bool Required = true)
{
    public string Label(ReportLanguage language) => language == ReportLanguage.Danish ? Danish : English;
}

/// <summary>The content each Art. 23(4) stage must carry, in the directive's order.</summary>
public static class ReportFields
{
    public static IReadOnlyList<ReportField> For(IncidentStage stage) => stage switch
    {
        IncidentStage.EarlyWarning =>
        [
            new("suspected_malicious_cause", "Is the incident suspected of being caused by unlawful or malicious acts?",
                "Er der mistanke om, at hændelsen skyldes ulovlige eller ondsindede handlinger?"),
            new("cross_border_impact", "Could the incident have a cross-border impact?",
                "Kan hændelsen have grænseoverskridende virkninger?"),
        ],
        IncidentStage.Notification =>
        [
            new("early_warning_update", "Update of the information in the early warning", "Opdatering af oplysningerne i den tidlige varsling"),
            new("initial_assessment", "Initial assessment of the incident", "Indledende vurdering af hændelsen"),
            new("severity", "Severity", "Alvorlighed"),
            new("impact", "Impact", "Virkning"),
            new("indicators_of_compromise", "Indicators of compromise, where available", "Kompromitteringsindikatorer, hvis de foreligger", Required: false),
        ],
        IncidentStage.Intermediate =>
        [
            new("status_update", "Relevant status updates", "Relevante statusopdateringer"),
        ],
        _ =>
        [
            new("detailed_description", "Detailed description of the incident, including its severity and impact",
                "Detaljeret beskrivelse af hændelsen, herunder dens alvorlighed og virkning"),
            new("threat_or_root_cause", "Type of threat or root cause that is likely to have triggered the incident",
                "Typen af trussel eller den grundlæggende årsag, der sandsynligvis har udløst hændelsen"),
            new("mitigation", "Applied and ongoing mitigation measures", "Afhjælpende foranstaltninger, der er truffet eller er i gang"),
            new("cross_border_impact", "Cross-border impact of the incident, where applicable",
                "Hændelsens grænseoverskridende virkninger, hvis relevant"),
        ],
    };
}
