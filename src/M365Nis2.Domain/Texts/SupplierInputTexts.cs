namespace M365Nis2.Domain.Texts;

/// <summary>
/// Why a supplier as typed (the form or a CSV row), a supplier CSV file or a decision on a discovered app is refused. The
/// CISO reads these in the tab; what the person typed is an argument and stays as typed.
/// </summary>
public static class SupplierInputTexts
{
    public static readonly TextCode NameRequired = new("supplier.input.name.required", "Name is required.", "Navn skal udfyldes.");
    public static readonly TextCode NameTooLong = new("supplier.input.name.long", "Name is longer than {max} characters.", "Navnet er længere end {max} tegn.");
    public static readonly TextCode NotCountry = new("supplier.input.country", "'{value}' is not a two-letter ISO 3166 country code (e.g. DK).",
        "'{value}' er ikke en landekode på to bogstaver efter ISO 3166 (f.eks. DK).");
    public static readonly TextCode NotCvr = new("supplier.input.cvr", "'{value}' is not a CVR number (8 digits, optionally prefixed DK).",
        "'{value}' er ikke et CVR-nummer (8 cifre, eventuelt med DK foran).");
    public static readonly TextCode CvrCheckDigit = new("supplier.input.cvr.check", "'{value}' fails the CVR check digit; please check for a typing error.",
        "'{value}' har et forkert kontrolciffer for CVR-numre; kontrollér, om der er en tastefejl.");
    public static readonly TextCode NotVat = new("supplier.input.vat", "'{value}' is not a VAT or company number (4 to 16 letters and digits).",
        "'{value}' er ikke et moms- eller virksomhedsnummer (4 til 16 bogstaver og cifre).");
    public static readonly TextCode NotOneOf = new("supplier.input.oneof", "'{value}' is not one of: {allowed}.", "'{value}' er ikke en af: {allowed}.");
    public static readonly TextCode TierRange = new("supplier.input.tier", "Tier must be 1, 2 or 3.", "Niveau skal være 1, 2 eller 3.");
    public static readonly TextCode NotTier = new("supplier.input.tier.text", "'{value}' is not a tier (1, 2 or 3).", "'{value}' er ikke et niveau (1, 2 eller 3).");
    public static readonly TextCode NotYesNo = new("supplier.input.yesno", "'{value}' is not yes or no.", "'{value}' er hverken ja eller nej.");
    public static readonly TextCode NotUpn = new("supplier.input.upn", "'{value}' is not a user principal name (name@domain).",
        "'{value}' er ikke et brugernavn på formen navn@domæne.");
    public static readonly TextCode NotUser = new("supplier.input.user", "'{value}' is not a user in the tenant.", "'{value}' er ikke en bruger i lejeren.");
    public static readonly TextCode NotDate = new("supplier.input.date", "'{value}' is not a date in the form yyyy-MM-dd.",
        "'{value}' er ikke en dato på formen åååå-mm-dd.");
    public static readonly TextCode EndsBeforeStart = new("supplier.input.contract", "The contract ends before it starts.", "Kontrakten udløber, før den begynder.");
    public static readonly TextCode TooManySystems = new("supplier.input.systems", "At most {max} systems of up to {length} characters each.",
        "Højst {max} systemer på op til {length} tegn hver.");

    public static readonly TextCode CertificateKind = new("supplier.input.certificate.kind", "Kind must be one of: {allowed}.",
        "Typen skal være en af: {allowed}.");
    public static readonly TextCode CertificateTooLong = new("supplier.input.certificate.long", "Name (200) or scope (1000 characters) is too long.",
        "Navnet (højst 200 tegn) eller omfanget (højst 1000 tegn) er for langt.");
    public static readonly TextCode TooManyLinks = new("supplier.input.links", "At most {max} ids of up to {length} characters each.",
        "Højst {max} id'er på op til {length} tegn hver.");
    public static readonly TextCode NotAsset = new("supplier.input.asset", "'{id}' is not an asset in the asset register.",
        "'{id}' er ikke et aktiv i aktivregistret.");
    public static readonly TextCode NotRisk = new("supplier.input.risk", "'{id}' is not a risk in the risk register.",
        "'{id}' er ikke en risiko i risikoregistret.");
    public static readonly TextCode ChooseSupplier = new("supplier.input.app.supplier", "Choose a supplier in the register to link the app to.",
        "Vælg den leverandør i registret, som appen skal knyttes til.");
    public static readonly TextCode FindingState = new("supplier.input.finding.state", "State must be open, resolved or risk-accepted.",
        "Status skal være åben, løst eller risikoaccepteret.");
    public static readonly TextCode FindingNote = new("supplier.input.finding.note", "A note (up to 1000 characters) says why the finding changes state.",
        "En note (op til 1000 tegn) skal forklare, hvorfor fundets status ændres.");
    public static readonly TextCode Changed = new("supplier.input.changed", "The supplier changed while saving; reload and try again.",
        "Leverandøren blev ændret, mens den blev gemt; genindlæs, og prøv igen.");

    public static readonly TextCode NameTaken = new("supplier.input.name.taken", "'{name}' is already in the register.", "'{name}' findes allerede i registret.");
    public static readonly TextCode VatTaken = new("supplier.input.vat.taken", "VAT number '{vat}' is already in the register.",
        "CVR-/momsnummeret '{vat}' findes allerede i registret.");
    public static readonly TextCode NotApp = new("supplier.input.app", "'{app}' is not an app found in the tenant.", "'{app}' er ikke en app, der er fundet i lejeren.");
    public static readonly TextCode Invalid = new("supplier.input.invalid", "Invalid supplier", "Ugyldig leverandør");

    public static readonly TextCode NothingImported = new("supplier.import.nothing", "Nothing was imported", "Intet blev importeret");
    public static readonly TextCode RowsHaveErrors = new("supplier.import.errors", "{count} rows have errors; fix them and import the file again.",
        "{count} rækker har fejl; ret dem, og importér filen igen.");
    public static readonly TextCode DismissReason = new("supplier.discovery.reason", "A reason of {min} to {max} characters is required to dismiss an app.",
        "Angiv en begrundelse på {min} til {max} tegn for at afvise en app.");
    public static readonly TextCode DismissRegistered = new("supplier.discovery.registered", "The app is registered to a supplier; unlink it there first.",
        "Appen er registreret hos en leverandør; fjern tilknytningen der først.");
    public static readonly TextCode DecisionChanged = new("supplier.discovery.changed", "The app changed while saving; please try again.",
        "Appen blev ændret, mens den blev gemt; prøv igen.");

    public static readonly TextCode NameInFile = new("supplier.import.name.taken", "'{name}' is already in the register or earlier in the file.",
        "'{name}' findes allerede i registret eller tidligere i filen.");
    public static readonly TextCode VatInFile = new("supplier.import.vat.taken", "VAT number '{vat}' is already in the register or earlier in the file.",
        "CVR-/momsnummeret '{vat}' findes allerede i registret eller tidligere i filen.");
    public static readonly TextCode NoRows = new("supplier.import.empty", "The file has no supplier rows.", "Filen har ingen rækker med leverandører.");
    public static readonly TextCode TooManyRows = new("supplier.import.rows", "The file has {count} rows; at most {max} can be imported at once.",
        "Filen har {count} rækker; højst {max} kan importeres ad gangen.");
    public static readonly TextCode FileTooLarge = new("supplier.import.large", "The file is larger than {kb} KB; split it.",
        "Filen er større end {kb} KB; del den op.");
    public static readonly TextCode NoHeader = new("supplier.import.header", "The file is empty; the first line must name the columns.",
        "Filen er tom; første linje skal navngive kolonnerne.");
    public static readonly TextCode UnknownColumn = new("supplier.import.column.unknown", "Unknown column '{column}'; expected: {expected}.",
        "Ukendt kolonne '{column}'; forventet: {expected}.");
    public static readonly TextCode MissingColumn = new("supplier.import.column.missing", "The required column '{column}' is missing.",
        "Den påkrævede kolonne '{column}' mangler.");
}
