namespace M365Nis2.Domain.Texts;

/// <summary>
/// Why an authored awareness module is not ready (the module editor). The field is named as the API and the tab spell it
/// ("da.title", "questions[1].options"), the same in both languages.
/// </summary>
public static class ModuleInputTexts
{
    public static readonly TextCode TooLong = new("module.input.long", "{field} is longer than {max} characters ({length}).",
        "{field} er længere end {max} tegn ({length}).");
    public static readonly TextCode ControlCharacters = new("module.input.control", "{field} contains control characters.", "{field} indeholder kontroltegn.");
    public static readonly TextCode OneLine = new("module.input.line", "{field} must be one line without control characters.",
        "{field} skal være én linje uden kontroltegn.");
    public static readonly TextCode Required = new("module.input.required", "{field} is required.", "{field} skal udfyldes.");
    public static readonly TextCode TooManyQuestions = new("module.input.questions.many", "questions: at most {max} questions ({count} given).",
        "questions: højst {max} spørgsmål ({count} angivet).");
    public static readonly TextCode NoQuestions = new("module.input.questions.none", "questions: add at least one question.",
        "questions: tilføj mindst ét spørgsmål.");
    public static readonly TextCode TooManyOptions = new("module.input.options.many", "{field}: at most {max} options ({count} given).",
        "{field}: højst {max} svarmuligheder ({count} angivet).");
    public static readonly TextCode TooFewOptions = new("module.input.options.few", "{field}: at least {min} options ({count} given).",
        "{field}: mindst {min} svarmuligheder ({count} angivet).");
    public static readonly TextCode NoneCorrect = new("module.input.options.correct", "{field}: mark at least one option as correct.",
        "{field}: markér mindst én svarmulighed som korrekt.");
    public static readonly TextCode AllCorrect = new("module.input.options.allcorrect", "{field}: every option is marked correct; at least one must be wrong.",
        "{field}: alle svarmuligheder er markeret som korrekte; mindst én skal være forkert.");
    public static readonly TextCode PassPercent = new("module.input.pass", "passPercent must be between 1 and 100 ({value} given).",
        "passPercent skal være mellem 1 og 100 ({value} angivet).");
    public static readonly TextCode VersionRequired = new("module.publish.version", "version is required: the draft version you previewed.",
        "version skal angives: den kladdeversion, du har set et eksempel på.");
}
