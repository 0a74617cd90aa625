namespace M365Nis2.Domain.Texts;

/// <summary>Findings about Conditional Access policies and security defaults, shared by the MFA checks. Policy names stay as named.</summary>
public static class PolicyTexts
{
    public static readonly TextCode DefaultsEnabled = new("policy.defaults.enabled", "Security defaults are enabled: {cover}.",
        "Standardsikkerhed er slået til: {cover}.");
    public static readonly TextCode DefaultsAndPolicies = new("policy.defaults.both",
        "Security defaults and enabled Conditional Access policies were both reported; Entra allows only one. Check the tenant and the collection.",
        "Både standardsikkerhed og aktiverede politikker for betinget adgang blev rapporteret; Entra tillader kun én af dem. Kontrollér lejeren og indsamlingen.");
    public static readonly TextCode PoliciesUnreadable = new("policy.unreadable", "Conditional Access policies could not be read ({status}).",
        "Politikkerne for betinget adgang kunne ikke læses ({status}).");
    public static readonly TextCode DefaultsUnreadableButOff = new("policy.defaults.unreadable.off",
        "Security defaults could not be read ({status}); enabled Conditional Access policies show they are off.",
        "Standardsikkerhed kunne ikke læses ({status}); aktiverede politikker for betinget adgang viser, at den er slået fra.");
    public static readonly TextCode DefaultsUnreadable = new("policy.defaults.unreadable", "Security defaults could not be read ({status}).",
        "Standardsikkerhed kunne ikke læses ({status}).");

    public static readonly TextCode SelectedUsers = new("policy.scope.users",
        "Policy {policy} targets selected users, groups or roles only, not All users.",
        "Politikken {policy} gælder kun udvalgte brugere, grupper eller roller, ikke alle brugere.");
    public static readonly TextCode BreakGlass = new("policy.scope.breakglass",
        "Policy {policy} excludes named break-glass account(s), as allowed.",
        "Politikken {policy} undtager navngivne nødadgangskonti, som tilladt.");
    public static readonly TextCode ExcludesGuests = new("policy.scope.guests", "Policy {policy} excludes guests and external users.",
        "Politikken {policy} undtager gæster og eksterne brugere.");
    public static readonly TextCode ExcludesUser = new("policy.scope.user",
        "Policy {policy} excludes a user who is not a named break-glass account{privileged}.",
        "Politikken {policy} undtager en bruger, der ikke er en navngiven nødadgangskonto{privileged}.");
    public static readonly TextCode HoldsPrivilegedRole = new("policy.scope.user.privileged", " and holds a privileged role",
        " og som har en privilegeret rolle");
    public static readonly TextCode ExcludesGroups = new("policy.scope.groups",
        "Policy {policy} excludes group(s); their members are not covered and are not verified as break-glass accounts.",
        "Politikken {policy} undtager gruppe(r); deres medlemmer er ikke dækket og er ikke bekræftet som nødadgangskonti.");
    public static readonly TextCode ExcludesRoles = new("policy.scope.roles", "Policy {policy} excludes directory role(s){privileged}.",
        "Politikken {policy} undtager katalogrolle(r){privileged}.");
    public static readonly TextCode IncludingPrivileged = new("policy.scope.roles.privileged", ", including privileged roles",
        ", herunder privilegerede roller");
    public static readonly TextCode SelectedApps = new("policy.scope.apps", "Policy {policy} targets selected cloud apps only, not All cloud apps.",
        "Politikken {policy} gælder kun udvalgte cloudapps, ikke alle cloudapps.");
    public static readonly TextCode ExcludesApps = new("policy.scope.apps.excluded", "Policy {policy} excludes cloud app(s).",
        "Politikken {policy} undtager cloudapp(s).");
    public static readonly TextCode Conditions = new("policy.scope.conditions",
        "Policy {policy} applies only under some conditions, not on every sign-in.",
        "Politikken {policy} gælder kun under visse betingelser, ikke ved hvert logon.");

    public static readonly TextCode NotEnforced = new("policy.notenforced", "{what} polic(ies) in {state} state do not count: they enforce nothing.",
        "{what}-politik(ker) i tilstanden {state} tæller ikke: de håndhæver intet.");
    public static readonly TextCode KindMfa = new("policy.kind.mfa", "MFA", "MFA");
    public static readonly TextCode KindAdminMfa = new("policy.kind.adminmfa", "Admin MFA", "Administrator-MFA");
    public static readonly TextCode KindLegacyBlock = new("policy.kind.legacyblock", "Legacy-authentication block", "Blokering af ældre godkendelse");
    public static readonly TextCode ReportOnly = new("policy.state.reportonly", "report-only", "kun rapport");
    public static readonly TextCode Disabled = new("policy.state.disabled", "disabled", "deaktiveret");

    // Words around the names a policy's scope findings list (users, groups, roles, client types, conditions as Entra ID has them).
    public static readonly TextCode SubjectGroup = new("policy.subject.group", "group {name}", "gruppe {name}");
    public static readonly TextCode SubjectRole = new("policy.subject.role", "role {name}", "rolle {name}");
    public static readonly TextCode SubjectMissingClient = new("policy.subject.client.missing", "missing {client}", "mangler {client}");
    public static readonly TextCode SubjectIncludedLocations = new("policy.subject.locations.included", "included locations: {values}",
        "medtagne placeringer: {values}");
    public static readonly TextCode SubjectExcludedLocations = new("policy.subject.locations.excluded", "excluded locations: {values}",
        "udeladte placeringer: {values}");
    public static readonly TextCode SubjectPlatforms = new("policy.subject.platforms", "platforms: {values}", "platforme: {values}");
    public static readonly TextCode SubjectSignInRisk = new("policy.subject.signinrisk", "sign-in risk: {values}", "logonrisiko: {values}");
    public static readonly TextCode SubjectUserRisk = new("policy.subject.userrisk", "user risk: {values}", "brugerrisiko: {values}");
}
