namespace M365Nis2.Domain.Texts;

/// <summary>Findings of the MFA checks (j): registration, enforcement, admin protection, legacy authentication, advice.</summary>
public static class MfaTexts
{
    public static readonly TextCode RegistrationUnreadable = new("mfa.registration.unreadable",
        "User registration details could not be read ({status}); registration coverage is unknown.",
        "Brugernes registreringsoplysninger kunne ikke læses ({status}); registreringsdækningen er ukendt.");
    public static readonly TextCode RegistrationEmpty = new("mfa.registration.empty",
        "The registration report listed no enabled member users; coverage cannot be judged.",
        "Registreringsrapporten viste ingen aktiverede medlemsbrugere; dækningen kan ikke vurderes.");
    public static readonly TextCode AdminsUnregistered = new("mfa.registration.admins",
        "{count} of {admins} admin(s) are not registered for MFA; every admin must be{sample}.",
        "{count} af {admins} administrator(er) er ikke registreret til MFA; alle administratorer skal være det{sample}.");
    public static readonly TextCode AdminsRegistered = new("mfa.registration.admins.all", "All {admins} admin(s) are registered for MFA.",
        "Alle {admins} administrator(er) er registreret til MFA.");
    public static readonly TextCode NoRoleAssignments = new("mfa.registration.noroles",
        "Directory role assignments were not available; admins were recognised by the report's isAdmin flag only.",
        "Katalogets rolletildelinger var ikke tilgængelige; administratorer blev kun genkendt på rapportens isAdmin-markering.");
    public static readonly TextCode GuestsLeftOut = new("mfa.registration.guests",
        "{guests} guest(s) left out of the ratio ({registered} registered in this tenant); guests authenticate in their home tenant.",
        "{guests} gæst(er) er ikke talt med ({registered} registreret i denne lejer); gæster godkendes i deres egen lejer.");
    public static readonly TextCode DisabledLeftOut = new("mfa.registration.disabled", "{count} disabled account(s) left out.",
        "{count} deaktiverede konto(er) er ikke talt med.");
    public static readonly TextCode OnlyAdmins = new("mfa.registration.onlyadmins",
        "No enabled member users were listed; only admins could be judged.",
        "Der blev ikke vist nogen aktiverede medlemsbrugere; kun administratorer kunne vurderes.");
    public static readonly TextCode MembersSummary = new("mfa.registration.summary",
        "{registered} of {members} enabled member users ({percent:0.##} %) are registered for MFA (Met at {met:0.##} %, partially met at {partial:0.##} %).",
        "{registered} af {members} aktiverede medlemsbrugere ({percent:0.##} %) er registreret til MFA (opfyldt ved {met:0.##} %, delvist opfyldt ved {partial:0.##} %).");
    public static readonly TextCode MembersUnregistered = new("mfa.registration.members",
        "{count} member user(s) are not registered for MFA{sample}.",
        "{count} medlemsbruger(e) er ikke registreret til MFA{sample}.");

    public static readonly TextCode EnforcementByDefaults = new("mfa.defaults.enforcement",
        "MFA is required for all users when Entra judges it necessary (admins on every sign-in), and legacy authentication is blocked",
        "MFA kræves af alle brugere, når Entra vurderer det nødvendigt (administratorer ved hvert logon), og ældre godkendelse er blokeret");
    public static readonly TextCode AdminsByDefaults = new("mfa.defaults.admins",
        "admins in the common privileged roles must use MFA on every sign-in",
        "administratorer i de almindelige privilegerede roller skal bruge MFA ved hvert logon");
    public static readonly TextCode LegacyByDefaults = new("mfa.defaults.legacy", "legacy authentication is blocked", "ældre godkendelse er blokeret");

    public static readonly TextCode FullPolicy = new("mfa.enforcement.full", "Policy {policy} requires MFA for All users and All cloud apps.",
        "Politikken {policy} kræver MFA for alle brugere og alle cloudapps.");
    public static readonly TextCode NoMfaPolicy = new("mfa.enforcement.none",
        "No enabled Conditional Access policy requires MFA, and security defaults are not enabled.",
        "Ingen aktiveret politik for betinget adgang kræver MFA, og standardsikkerhed er ikke slået til.");
    public static readonly TextCode UsersChooseOr = new("mfa.enforcement.or",
        "Policy {policy} lets users choose MFA OR another control, so sign-in is possible without MFA.",
        "Politikken {policy} lader brugerne vælge MFA ELLER en anden kontrol, så logon er muligt uden MFA.");
    public static readonly TextCode CustomStrength = new("mfa.enforcement.customstrength",
        "Policy {policy} uses a custom authentication strength whose methods were not collected; counted as MFA.",
        "Politikken {policy} bruger en brugerdefineret godkendelsesstyrke, hvis metoder ikke blev indsamlet; den tælles som MFA.");
    public static readonly TextCode ClientTypes = new("mfa.enforcement.clients", "Policy {policy} does not apply to every modern client type.",
        "Politikken {policy} gælder ikke for alle moderne klienttyper.");

    public static readonly TextCode NoAdminPolicy = new("mfa.admins.none",
        "No enabled Conditional Access policy requires MFA for privileged roles, and security defaults are not enabled.",
        "Ingen aktiveret politik for betinget adgang kræver MFA for privilegerede roller, og standardsikkerhed er ikke slået til.");
    public static readonly TextCode AdminsCovered = new("mfa.admins.covered", "Every privileged role must use MFA under these policies.",
        "Alle privilegerede roller skal bruge MFA under disse politikker.");
    public static readonly TextCode AdminsPhishingResistant = new("mfa.admins.phishingresistant",
        "Privileged roles must use a phishing-resistant authentication strength.",
        "Privilegerede roller skal bruge en phishing-resistent godkendelsesstyrke.");
    public static readonly TextCode AdminsNotCovered = new("mfa.admins.notcovered",
        "These privileged roles are not fully covered by an enabled MFA policy without gaps.",
        "Disse privilegerede roller er ikke fuldt dækket af en aktiveret MFA-politik uden huller.");
    public static readonly TextCode AdminsChooseOr = new("mfa.admins.or", "Policy {policy} lets admins choose MFA OR another control.",
        "Politikken {policy} lader administratorer vælge MFA ELLER en anden kontrol.");
    public static readonly TextCode PhishingResistantAdvice = new("mfa.admins.advice",
        "Best practice: require a phishing-resistant authentication strength (FIDO2, Windows Hello, certificate) for privileged roles.",
        "God praksis: kræv en phishing-resistent godkendelsesstyrke (FIDO2, Windows Hello, certifikat) for privilegerede roller.");

    public static readonly TextCode NoLegacyBlock = new("mfa.legacy.none",
        "No enabled Conditional Access policy blocks legacy authentication, and security defaults are not enabled; legacy protocols bypass MFA.",
        "Ingen aktiveret politik for betinget adgang blokerer ældre godkendelse, og standardsikkerhed er ikke slået til; ældre protokoller går uden om MFA.");
    public static readonly TextCode LegacyBlocked = new("mfa.legacy.blocked", "Legacy authentication is blocked for All users and All cloud apps.",
        "Ældre godkendelse er blokeret for alle brugere og alle cloudapps.");
    public static readonly TextCode LegacyNotBlocked = new("mfa.legacy.notblocked",
        "These legacy client app types are not blocked for everyone by an enabled policy without gaps.",
        "Disse ældre klientapptyper er ikke blokeret for alle af en aktiveret politik uden huller.");

    public static readonly TextCode MethodsUnreadable = new("mfa.methods.unreadable",
        "Authentication methods policy could not be read ({status}); method advice skipped.",
        "Politikken for godkendelsesmetoder kunne ikke læses ({status}); råd om metoder er sprunget over.");
    public static readonly TextCode PhishableMethods = new("mfa.methods.phishable", "Phishable methods are enabled; prefer Authenticator, passkeys or FIDO2.",
        "Metoder, der kan phishes, er slået til; foretræk Authenticator, adgangsnøgler eller FIDO2.");
    public static readonly TextCode CampaignOff = new("mfa.methods.campaign",
        "The registration campaign is off while MFA registration is incomplete; turning it on nudges users to register.",
        "Registreringskampagnen er slået fra, mens MFA-registreringen er ufuldstændig; slås den til, bliver brugerne opfordret til at registrere sig.");

    // The evaluation's reasons: one line per check, then the combination rule (MfaEvaluator.Combine).
    public static readonly TextCode ReasonLine = new("mfa.reason.check", "{check}: {outcome}", "{check}: {outcome}");
    public static readonly TextCode OverallNotMet = new("mfa.overall.notmet", "Overall NotMet: MFA registration or enforcement is not met.",
        "Samlet ikke opfyldt: MFA-registrering eller -håndhævelse er ikke opfyldt.");
    public static readonly TextCode OverallUnknown = new("mfa.overall.unknown", "Overall Unknown: evidence missing for {checks}; never Met on missing data.",
        "Samlet ukendt: dokumentation mangler for {checks}; aldrig opfyldt på manglende data.");
    public static readonly TextCode OverallMet = new("mfa.overall.met", "Overall Met: every check is met.", "Samlet opfyldt: alle kontroller er opfyldt.");
    public static readonly TextCode OverallPartiallyMet = new("mfa.overall.partiallymet", "Overall PartiallyMet: not fully met: {checks}.",
        "Samlet delvist opfyldt: ikke fuldt opfyldt: {checks}.");
}
