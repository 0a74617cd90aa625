namespace M365Nis2.Domain.Texts;

/// <summary>
/// Why the API refuses a request before any rule reads it: no body, no file, a file too large, an unknown tier. The
/// tab shows these to the person who tried; the field and setting names are the API's and stay as they are.
/// </summary>
public static class RequestTexts
{
    public static readonly TextCode InvalidTitle = new("request.invalid", "Invalid request", "Ugyldig anmodning");
    public static readonly TextCode NoFileTitle = new("request.nofile", "No file", "Ingen fil");
    public static readonly TextCode FileTooLargeTitle = new("request.toolarge", "File too large", "Filen er for stor");
    public static readonly TextCode UploadTooLargeTitle = new("request.upload.toolarge", "Upload too large", "Uploaden er for stor");
    public static readonly TextCode ConflictTitle = new("request.conflict", "Conflict", "Konflikt");
    public static readonly TextCode UnknownTierTitle = new("request.tier", "Unknown tier", "Ukendt niveau");

    public static readonly TextCode JsonBody = new("request.json", "Send a JSON body {fields}.", "Send et JSON-objekt {fields} i anmodningen.");
    public static readonly TextCode RiskBody = new("request.json.risk", "Send a JSON body with the risk's fields.",
        "Send risikoens felter som et JSON-objekt i anmodningen.");

    public static readonly TextCode LargerThanKb = new("request.file.kb", "The file is larger than {kb} KB.", "Filen er større end {kb} KB.");
    public static readonly TextCode LargerThanMb = new("request.file.mb", "The file is larger than {mb} MB.", "Filen er større end {mb} MB.");
    public static readonly TextCode UploadLargerThan = new("request.upload.limit", "The upload is larger than the limit of {bytes} bytes ({setting}).",
        "Uploaden er større end grænsen på {bytes} byte ({setting}).");
    public static readonly TextCode DocumentLargerThan = new("request.document.limit", "The document is {size} bytes; the limit is {limit} bytes ({setting}).",
        "Dokumentet fylder {size} byte; grænsen er {limit} byte ({setting}).");

    public static readonly TextCode AttachCsv = new("request.file.csv", "Attach the CSV as the form field 'file'.", "Vedhæft CSV-filen i formularfeltet 'file'.");
    public static readonly TextCode AttachReport = new("request.file.report", "Attach the report as the form field 'file'.",
        "Vedhæft rapporten i formularfeltet 'file'.");
    public static readonly TextCode ReportMultipart = new("request.file.multipart", "Send the file as multipart/form-data in the field 'file'.",
        "Send filen som multipart/form-data i feltet 'file'.");
    public static readonly TextCode PolicyMultipart = new("request.policy.multipart",
        "Send multipart/form-data with a 'file' part and the fields policyKey, title, controlIds, owner, reviewPeriodMonths.",
        "Send multipart/form-data med en 'file'-del og felterne policyKey, title, controlIds, owner, reviewPeriodMonths.");
    public static readonly TextCode PolicyFileMissing = new("request.policy.file", "The 'file' part (the policy document) is missing.",
        "Delen 'file' (politikdokumentet) mangler.");
    public static readonly TextCode AssetFileMissing = new("request.asset.file", "The 'file' part (the CSV) is missing.", "Delen 'file' (CSV-filen) mangler.");
    public static readonly TextCode AssetContent = new("request.asset.content",
        "Send application/json (one asset), text/csv or multipart/form-data with a 'file' part (a CSV).",
        "Send application/json (ét aktiv), text/csv eller multipart/form-data med en 'file'-del (en CSV-fil).");
}
