namespace M365Nis2.Domain.Texts;

/// <summary>
/// Why a card or message did not reach a person (the campaign, acknowledgement, round and task pages show these to
/// the CISO). The two texts the Teams library says itself (<see cref="RemovedByUser"/>, <see cref="NoConversation"/>)
/// carry the same code and English there; a web test keeps the two in step.
/// </summary>
public static class ReachTexts
{
    public static readonly TextCode Installing = new("reach.installing",
        "not reached yet: the app is being installed for this person in Teams; the message follows when Teams confirms",
        "ikke nået endnu: appen bliver installeret for personen i Teams; beskeden følger, når Teams bekræfter");
    public static readonly TextCode PermissionMissing = new("reach.permission",
        "not reached: the app may not install itself (TeamsAppInstallation.ReadWriteSelfForUser.All missing)",
        "ikke nået: appen må ikke installere sig selv (TeamsAppInstallation.ReadWriteSelfForUser.All mangler)");
    public static readonly TextCode NoLicence = new("reach.licence",
        "not reached: this person has no Microsoft Teams licence, so the app cannot be installed for them",
        "ikke nået: personen har ingen Microsoft Teams-licens, så appen kan ikke installeres for vedkommende");
    public static readonly TextCode NoChat = new("reach.nochat",
        "not reached: the app is installed for this person, but Teams gave the bot no chat with them yet (they can open the app once)",
        "ikke nået: appen er installeret for personen, men Teams har endnu ikke givet botten en chat med vedkommende (personen kan åbne appen én gang)");
    public static readonly TextCode UnknownUser = new("reach.unknownuser",
        "not reached: Teams does not know this person (no Teams licence, or the account was removed)",
        "ikke nået: Teams kender ikke personen (ingen Teams-licens, eller kontoen er slettet)");
    public static readonly TextCode InstallOff = new("reach.installoff",
        "not reached: the app is not installed for this person and proactive installation is off (AppInstall:Enabled)",
        "ikke nået: appen er ikke installeret for personen, og proaktiv installation er slået fra (AppInstall:Enabled)");
    public static readonly TextCode InvalidUser = new("reach.invaliduser", "not reached: not a valid user id", "ikke nået: ikke et gyldigt bruger-id");
    public static readonly TextCode InstallFailed = new("reach.installfailed", "not reached: installing the app failed ({problem})",
        "ikke nået: installationen af appen mislykkedes ({problem})");
    public static readonly TextCode NotInstalled = new("reach.notinstalled", "not reached: the app could not be installed for this person",
        "ikke nået: appen kunne ikke installeres for personen");
    public static readonly TextCode GraphBusy = new("reach.graphbusy", "not reached yet: Microsoft Graph is busy; installing the app is tried again",
        "ikke nået endnu: Microsoft Graph er optaget; installationen af appen prøves igen");
    public static readonly TextCode GraphUnreachable = new("reach.graphdown",
        "not reached yet: Microsoft Graph could not be reached; installing the app is tried again",
        "ikke nået endnu: Microsoft Graph kunne ikke kontaktes; installationen af appen prøves igen");
    public static readonly TextCode TeamsIdMissing = new("reach.teamsid",
        "not reached: the app's Teams id is not configured (AppInstall:ManifestAppId or AppInstall:CatalogAppId), so it cannot install itself",
        "ikke nået: appens Teams-id er ikke sat op (AppInstall:ManifestAppId eller AppInstall:CatalogAppId), så den kan ikke installere sig selv");
    public static readonly TextCode NotInCatalogue = new("reach.catalogue",
        "not reached: the app (manifest id {manifestId}) is not in the organisation's Teams app catalogue; upload it in the Teams admin center",
        "ikke nået: appen (manifest-id {manifestId}) findes ikke i organisationens Teams-appkatalog; upload den i Teams Administration");
    public static readonly TextCode CataloguePermission = new("reach.catalogue.permission",
        "not reached: the app cannot look itself up in the Teams app catalogue (AppCatalog.Read.All missing); grant it or set AppInstall:CatalogAppId",
        "ikke nået: appen kan ikke slå sig selv op i Teams-appkataloget (AppCatalog.Read.All mangler); giv tilladelsen, eller sæt AppInstall:CatalogAppId");

    public static readonly TextCode RemovedByUser = new("reach.removed",
        "not reached: the person removed the app from Teams, so it is not installed again for them",
        "ikke nået: personen har fjernet appen fra Teams, så den installeres ikke igen for vedkommende");
    public static readonly TextCode NoConversation = new("reach.noconversation", "no conversation with user {user}, and none could be created",
        "ingen samtale med bruger {user}, og der kunne ikke oprettes en");
    public static readonly TextCode OptedOut = new("reach.optedout", "The person blocked or uninstalled the app.",
        "Personen har blokeret eller afinstalleret appen.");
    public static readonly TextCode SendFailed = new("reach.sendfailed", "sending failed: {problem}", "afsendelse mislykkedes: {problem}");
    public static readonly TextCode ModuleMissing = new("reach.module.missing", "Module {module} v{version} is not available.",
        "Modul {module} v{version} er ikke tilgængeligt.");
    public static readonly TextCode ModuleUnreadable = new("reach.module.unreadable", "The module could not be read: {problem}",
        "Modulet kunne ikke læses: {problem}");

    public static readonly TextCode OwnerOptedOut = new("reach.owner.optedout", "The owner has blocked or uninstalled the app in Teams.",
        "Ejeren har blokeret eller afinstalleret appen i Teams.");
    public static readonly TextCode OwnerInstalling = new("reach.owner.installing",
        "The app is being installed for the owner in Teams; send the assessment again in a minute.",
        "Appen bliver installeret for ejeren i Teams; send vurderingen igen om et minut.");
    public static readonly TextCode OwnerNotReached = new("reach.owner.notreached",
        "The owner could not be reached in Teams ({reason}); install the app for them and send again.",
        "Ejeren kunne ikke nås i Teams ({reason}); installér appen for vedkommende, og send igen.");
    public static readonly TextCode CardNotSent = new("reach.card.notsent", "The card could not be sent.", "Kortet kunne ikke sendes.");

    /// <summary>A reason stored before codes, or said by a part that has none: shown as it is.</summary>
    public static readonly TextCode Other = new("reach.other", "{reason}", "{reason}");
}
