using M365Nis2.Domain.Suppliers;

namespace M365Nis2.Web.Features.Suppliers;

/// <summary>The assessment card's words in English and Danish (the questions themselves come from the domain's bank).</summary>
internal static class AssessmentText
{
    private static readonly Dictionary<string, (string En, string Da)> Words = new()
    {
        ["Kicker"] = ("Supply chain security · NIS2 Art. 21(2)(d)", "Forsyningskædesikkerhed · NIS2 art. 21, stk. 2, litra d"),
        ["Intro"] = ("You are the internal owner of {0}. Answer from what you know, or ask the supplier. Upload their report or certificate on the supplier's page in the M365Nis2 tab.",
            "Du er intern ejer af {0}. Svar ud fra det, du ved, eller spørg leverandøren. Upload deres rapport eller certifikat på leverandørens side i M365Nis2-fanen."),
        ["Due"] = ("Please answer by", "Svar venligst senest"),
        ["Yes"] = ("Yes", "Ja"),
        ["Partly"] = ("Partly", "Delvist"),
        ["No"] = ("No", "Nej"),
        ["NotApplicable"] = ("Not applicable", "Ikke relevant"),
        ["Comment"] = ("Comment (required for Not applicable)", "Kommentar (påkrævet ved Ikke relevant)"),
        ["Required"] = ("Choose an answer.", "Vælg et svar."),
        ["Submit"] = ("Submit answers", "Indsend svar"),
        ["Problems"] = ("Nothing was saved yet. Please fix:", "Intet er gemt endnu. Ret venligst:"),
        ["DoneTitle"] = ("Assessment of {0} recorded", "Vurderingen af {0} er registreret"),
        ["Answered"] = ("Questions answered", "Besvarede spørgsmål"),
        ["Findings"] = ("Findings", "Fund"),
        ["FindingsValue"] = ("{0} high, {1} medium, {2} low", "{0} høje, {1} mellemstore, {2} lave"),
        ["NextDue"] = ("Next assessment due", "Næste vurdering senest"),
        ["Signed"] = ("Your answers are signed and kept as evidence. Findings become follow-up tasks.", "Dine svar er signeret og gemt som dokumentation. Fund bliver til opfølgningsopgaver."),
        ["AssessmentNotice"] = ("The next assessment of {0} is due by {1}. Ask the CISO to send the questionnaire, or upload the supplier's report on its page in the M365Nis2 tab.",
            "Næste vurdering af {0} skal være gennemført senest {1}. Bed CISO'en sende spørgeskemaet, eller upload leverandørens rapport på dens side i M365Nis2-fanen."),
        ["CertificateNotice"] = ("{0} of {1} is valid until {2}. Ask the supplier for the renewed certificate and upload it on the supplier's page in the M365Nis2 tab.",
            "{0} for {1} er gyldigt til {2}. Bed leverandøren om det fornyede certifikat, og upload det på leverandørens side i M365Nis2-fanen."),
        ["Reminder"] = ("Reminder: this assessment is still waiting for your answers.", "Påmindelse: denne vurdering venter stadig på dine svar."),
    };

    public static string Get(string key, string language) => Languages.IsDanish(language) ? Words[key].Da : Words[key].En;

    /// <summary>The kicker and a formatted sentence, for the plain reminder notices.</summary>
    public static (string Kicker, string Body) Format(string key, string language, params object[] args) =>
        (Get("Kicker", language), string.Format(System.Globalization.CultureInfo.InvariantCulture, Get(key, language), args));

    public static string AnswerValue(Answer answer) => answer switch
    {
        Answer.Yes => "yes",
        Answer.Partly => "partly",
        Answer.No => "no",
        _ => "na",
    };

    public static Answer? ParseAnswer(string? value) => value switch
    {
        "yes" => Answer.Yes,
        "partly" => Answer.Partly,
        "no" => Answer.No,
        "na" => Answer.NotApplicable,
        _ => null,
    };
}
