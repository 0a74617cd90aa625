namespace M365Nis2.Domain.Texts;

/// <summary>
/// The lines of a supplier's change history that the app writes (what people type, such as a finding's note, is inserted as
/// written). The English is what the history has always said; the Danish sits beside it. The field names of an edit are
/// their own codes, so "edited: tier 1→2, owner" reads "ændret: niveau 1→2, intern ansvarlig" to a Danish reader.
/// </summary>
public static class SupplierChangeTexts
{
    public static readonly TextCode Registered = new("supplier.change.registered", "registered", "registreret");
    public static readonly TextCode Imported = new("supplier.change.imported", "imported from CSV", "importeret fra CSV-fil");
    public static readonly TextCode DetailsEdited = new("supplier.change.details", "details edited", "oplysninger ændret");
    public static readonly TextCode Edited = new("supplier.change.edited", "edited: {changes}", "ændret: {changes}");
    public static readonly TextCode LinkedApp = new("supplier.change.app", "linked app {app}", "app tilknyttet: {app}");
    public static readonly TextCode Assessed = new("supplier.change.assessed", "assessment {assessment} answered: {count} findings",
        "vurdering {assessment} besvaret: {count} fund");
    public static readonly TextCode FindingResolved = new("supplier.change.finding.resolved", "finding {finding} resolved: {note}",
        "fund {finding} løst: {note}");
    public static readonly TextCode FindingAccepted = new("supplier.change.finding.accepted", "finding {finding} risk-accepted: {note}",
        "fund {finding} risikoaccepteret: {note}");
    public static readonly TextCode FindingReopened = new("supplier.change.finding.reopened", "finding {finding} reopened: {note}",
        "fund {finding} genåbnet: {note}");

    // One entry of an edit's list and the list itself: a list nests as "first, rest" so any number of changes stays one coded text.
    public static readonly TextCode ListOf = new("supplier.change.list", "{first}, {rest}", "{first}, {rest}");
    public static readonly TextCode Tier = new("supplier.field.tier", "tier {from}→{to}", "niveau {from}→{to}");
    public static readonly TextCode TierDecided = new("supplier.field.tier.decided", "tier {tier} decided", "niveau {tier} besluttet");
    public static readonly TextCode TierUndecided = new("supplier.field.tier.undecided", "tier {tier} back to suggested",
        "niveau {tier} igen kun foreslået");
    public static readonly TextCode Name = new("supplier.field.name", "name", "navn");
    public static readonly TextCode VatNumber = new("supplier.field.vat", "VAT number", "CVR-/momsnummer");
    public static readonly TextCode Country = new("supplier.field.country", "country", "land");
    public static readonly TextCode Services = new("supplier.field.services", "services", "ydelser");
    public static readonly TextCode Data = new("supplier.field.data", "data processed", "behandlede data");
    public static readonly TextCode Access = new("supplier.field.access", "system access", "adgang til systemer");
    public static readonly TextCode SoleProvider = new("supplier.field.sole", "sole provider", "eneleverandør");
    public static readonly TextCode Owner = new("supplier.field.owner", "owner", "intern ansvarlig");
    public static readonly TextCode Contract = new("supplier.field.contract", "contract dates", "kontraktdatoer");
    public static readonly TextCode Clauses = new("supplier.field.clauses", "clauses", "kontraktklausuler");
    public static readonly TextCode Systems = new("supplier.field.systems", "systems", "systemer");
    public static readonly TextCode Certificates = new("supplier.field.certificates", "certificates", "certifikater");
    public static readonly TextCode Assets = new("supplier.field.assets", "linked assets", "tilknyttede aktiver");
    public static readonly TextCode Risks = new("supplier.field.risks", "linked risks", "tilknyttede risici");
    public static readonly TextCode Apps = new("supplier.field.apps", "linked apps", "tilknyttede apps");
    public static readonly TextCode Ended = new("supplier.field.ended", "ended", "samarbejdet afsluttet");
    public static readonly TextCode Reactivated = new("supplier.field.reactivated", "reactivated", "genaktiveret");

    /// <summary>"edited: a, b, c" in the reader's language; "details edited" when no listed field changed.</summary>
    public static CodedText EditedOf(IReadOnlyList<CodedText> changes) =>
        changes.Count == 0 ? DetailsEdited.With() : Edited.With(List(changes, 0));

    private static CodedText List(IReadOnlyList<CodedText> items, int from) =>
        from == items.Count - 1 ? items[from] : ListOf.With(items[from], List(items, from + 1));
}
