namespace M365Nis2.Domain.Texts;

/// <summary>
/// Why a policy upload or the start of an approval round is refused. The CISO reads these in the tab; the API's field
/// names, accepted values, content types, setting names and ids stay as they are.
/// </summary>
public static class ApprovalInputTexts
{
    public static readonly TextCode PolicyKey = new("approval.upload.key",
        "'policyKey' (or 'name') is required: letters, digits, spaces or dashes, up to 100 characters, e.g. 'Information security policy'.",
        "'policyKey' (eller 'name') skal udfyldes: bogstaver, cifre, mellemrum eller bindestreger, højst 100 tegn, fx 'Informationssikkerhedspolitik'.");
    public static readonly TextCode TitleTooLong = new("approval.upload.title", "'title' is longer than 200 characters.", "'title' er længere end 200 tegn.");
    public static readonly TextCode ControlIds = new("approval.upload.controls", "'controlIds' must list NIS2 controls such as 'art21.2.a,art21.2.b'.",
        "'controlIds' skal angive NIS2-kontroller som fx 'art21.2.a,art21.2.b'.");
    public static readonly TextCode ReviewPeriod = new("approval.upload.review", "'reviewPeriodMonths' must be a whole number from 1 to 60.",
        "'reviewPeriodMonths' skal være et helt tal fra 1 til 60.");
    public static readonly TextCode DocumentTooLarge = new("approval.upload.size", "The document is larger than {bytes} bytes ({setting}).",
        "Dokumentet er større end {bytes} byte ({setting}).");
    public static readonly TextCode DocumentEmpty = new("approval.upload.empty", "The document is empty.", "Dokumentet er tomt.");
    public static readonly TextCode NotPdf = new("approval.upload.pdf", "Declared as PDF but the file does not start with %PDF-.",
        "Angivet som PDF, men filen begynder ikke med %PDF-.");
    public static readonly TextCode NotDocx = new("approval.upload.docx", "Declared as DOCX but the file is not a ZIP (Office Open XML) package.",
        "Angivet som DOCX, men filen er ikke en ZIP-pakke (Office Open XML).");
    public static readonly TextCode NotMarkdown = new("approval.upload.markdown", "Declared as Markdown but the file is not valid UTF-8 text.",
        "Angivet som Markdown, men filen er ikke gyldig UTF-8-tekst.");
    public static readonly TextCode ContentType = new("approval.upload.type",
        "Content type '{type}' is not accepted: upload a PDF ({pdf}), a DOCX ({docx}) or Markdown ({markdown}).",
        "Indholdstypen '{type}' accepteres ikke: upload en PDF ({pdf}), en DOCX ({docx}) eller Markdown ({markdown}).");
    public static readonly TextCode FormUnreadable = new("approval.upload.form", "The form could not be read: {error}", "Formularen kunne ikke læses: {error}");

    /// <summary>The JSON object's braces are arguments (<see cref="QuorumWith"/>): a template's braces are its placeholders.</summary>
    public static readonly TextCode Quorum = new("approval.start.quorum", "'quorum' must be \"majority\", \"all\" or {open}\"n\": <number of approvals needed>{close}.",
        "'quorum' skal være \"majority\", \"all\" eller {open}\"n\": <antal nødvendige godkendelser>{close}.");

    public static CodedText QuorumWith() => Quorum.With("{", "}");
    public static readonly TextCode QuorumN = new("approval.start.quorum.n", "'quorum.n' must be at least 1.", "'quorum.n' skal være mindst 1.");
    public static readonly TextCode DueAt = new("approval.start.due",
        "'dueAt' is required and must be in the future (ISO 8601 with offset, e.g. 2026-04-01T16:00:00+02:00).",
        "'dueAt' skal angives og ligge i fremtiden (ISO 8601 med tidszone, fx 2026-04-01T16:00:00+02:00).");
    public static readonly TextCode PolicyUnknown = new("approval.start.policy", "'policyId' must name a policy in the register (got '{policy}').",
        "'policyId' skal angive en politik i registret (modtaget: '{policy}').");
    public static readonly TextCode VersionUnknown = new("approval.start.version", "'version' must be an uploaded version of {policy} (1 to {latest}).",
        "'version' skal være en uploadet version af {policy} (1 til {latest}).");
    public static readonly TextCode GroupOrIds = new("approval.start.approvers.both", "Give either 'approverGroupId' or 'approverIds', not both.",
        "Angiv enten 'approverGroupId' eller 'approverIds', ikke begge.");
    public static readonly TextCode UsersUnknown = new("approval.start.approvers.unknown", "'approverIds' contains users not in the tenant: {ids}.",
        "'approverIds' indeholder brugere, der ikke findes i lejeren: {ids}.");
    public static readonly TextCode GroupUnknown = new("approval.start.group", "'approverGroupId' {group} is not a group in the tenant.",
        "'approverGroupId' {group} er ikke en gruppe i lejeren.");
    public static readonly TextCode PolicyRoundOpen = new("approval.start.open", "Round {round} for {policy} is still open; wait for its decision or deadline.",
        "Runde {round} for {policy} er stadig åben; vent på beslutningen eller fristen.");

    public static readonly TextCode DeadlinePast = new("approval.subject.deadline", "The deadline must be in the future.", "Fristen skal ligge i fremtiden.");
    public static readonly TextCode NobodyDecides = new("approval.subject.nobody",
        "Nobody can decide: the requester may not approve their own request and there is no other approver.",
        "Ingen kan træffe beslutningen: den, der anmoder, må ikke godkende sin egen anmodning, og der er ingen anden godkender.");
    public static readonly TextCode SubjectRoundOpen = new("approval.subject.open", "Round {round} on {kind} {id} is still open; wait for its decision or deadline.",
        "Runde {round} om {kind} {id} er stadig åben; vent på beslutningen eller fristen.");
}
