namespace M365Nis2.Domain.Texts;

/// <summary>What the module library says when a change is refused (409s the tab shows in the reader's language), and a copy's title.</summary>
public static class ModuleTexts
{
    public static readonly TextCode StaleDraft = new("module.draft.stale",
        "Someone else saved this module at {at} UTC, after you opened it. Your changes were not saved and are still in the form: keep a copy of what you need, reload the module and save again.",
        "En anden har gemt modulet kl. {at} UTC, efter du åbnede det. Dine ændringer er ikke gemt og står stadig i formularen: gem en kopi af det, du skal bruge, genindlæs modulet, og gem igen.");
    public static readonly TextCode NoDraft = new("module.draft.none", "There is no draft to discard; published versions are never deleted.",
        "Der er ingen kladde at kassere; offentliggjorte versioner slettes aldrig.");
    public static readonly TextCode RetireUnpublished = new("module.retire.unpublished",
        "Only a published module can be retired; a module that was never published is removed by discarding its draft.",
        "Kun et offentliggjort modul kan trækkes tilbage; et modul, der aldrig er offentliggjort, fjernes ved at kassere kladden.");
    public static readonly TextCode RetireScheduled = new("module.retire.scheduled",
        "{count} recurring campaign(s) use this module; stop them on the Campaigns page before retiring it.",
        "{count} tilbagevendende kampagne(r) bruger modulet; stop dem på siden Kampagner, før modulet trækkes tilbage.");
    public static readonly TextCode AlreadyRetired = new("module.retire.already", "The module is already retired.", "Modulet er allerede trukket tilbage.");
    public static readonly TextCode NotRetired = new("module.restore.not", "The module is not retired; it is offered to campaigns.",
        "Modulet er ikke trukket tilbage; det tilbydes til kampagner.");
    public static readonly TextCode BuiltIn = new("module.builtin", "Built-in modules cannot be changed or retired; copy one to make your own.",
        "Indbyggede moduler kan ikke ændres eller trækkes tilbage; kopiér et for at lave dit eget.");
    public static readonly TextCode CopyTitle = new("module.copy.title", "Copy of {title}", "Kopi af {title}");
}
