namespace M365Nis2.Domain.Texts;

/// <summary>
/// Why an asset as typed (the tab or a CSV row) or an asset CSV file is refused. The CISO reads these per row in the tab;
/// what the person typed, the column names and the accepted values (the CSV's own words) stay as they are.
/// </summary>
public static class AssetInputTexts
{
    public static readonly TextCode NameRequired = new("asset.input.name.required", "A name is required.", "Et navn skal udfyldes.");
    public static readonly TextCode NameInvalid = new("asset.input.name.invalid", "The name must be at most {max} characters without control characters.",
        "Navnet må højst være {max} tegn og må ikke indeholde kontroltegn.");
    public static readonly TextCode NotType = new("asset.input.type",
        "Type '{value}' is not one of: information, service, system, site, people, supplier-provided.",
        "Typen '{value}' er ikke en af: information, service, system, site, people, supplier-provided.");
    public static readonly TextCode NotCriticality = new("asset.input.criticality", "Criticality '{value}' is not one of: low, medium, high, critical.",
        "Kritikaliteten '{value}' er ikke en af: low, medium, high, critical.");
    public static readonly TextCode OwnerRequired = new("asset.input.owner.required", "An owner (UPN or object id of a user) is required.",
        "En ejer (en brugers UPN eller objekt-id) skal udfyldes.");
    public static readonly TextCode NotUser = new("asset.input.owner.unknown", "Owner '{owner}' is not a user in this tenant.",
        "Ejeren '{owner}' er ikke en bruger i denne lejer.");
    public static readonly TextCode TooManyServices = new("asset.input.services", "At most {max} services.", "Højst {max} tjenester.");
    public static readonly TextCode ServiceTooLong = new("asset.input.service.long", "A service name is longer than {max} characters.",
        "Et tjenestenavn er længere end {max} tegn.");

    public static readonly TextCode NameTaken = new("asset.import.name.taken", "An asset named '{name}' is already in the register.",
        "Et aktiv med navnet '{name}' findes allerede i registret.");
    public static readonly TextCode SameNameAs = new("asset.import.name.line", "Same name as line {line}.", "Samme navn som linje {line}.");
    public static readonly TextCode RowProblems = new("asset.import.row", "Line {line}: {problems}", "Linje {line}: {problems}");

    public static readonly TextCode NoRows = new("asset.import.empty", "The file has no asset rows.", "Filen har ingen rækker med aktiver.");
    public static readonly TextCode TooManyRows = new("asset.import.rows", "The file has {count} rows; at most {max} can be imported at once.",
        "Filen har {count} rækker; højst {max} kan importeres ad gangen.");
    public static readonly TextCode NoHeader = new("asset.import.header", "The file is empty; the first line must name the columns: {columns}.",
        "Filen er tom; første linje skal navngive kolonnerne: {columns}.");
    public static readonly TextCode MissingColumns = new("asset.import.columns", "The header is missing the column(s) {missing}; expected: {columns}.",
        "Overskriften mangler kolonnen/kolonnerne {missing}; forventet: {columns}.");
    public static readonly TextCode UploadTooLarge = new("asset.import.toolarge", "The upload is larger than {bytes} bytes.",
        "Uploaden er større end {bytes} byte.");
    public static readonly TextCode Unreadable = new("asset.import.unreadable", "The file could not be read as CSV: {error}",
        "Filen kunne ikke læses som CSV: {error}");
}
