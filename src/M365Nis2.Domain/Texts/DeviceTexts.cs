namespace M365Nis2.Domain.Texts;

/// <summary>Findings of the Intune checks: inventory (i), OS currency (e), encryption (h).</summary>
public static class DeviceTexts
{
    public static readonly TextCode Unreadable = new("devices.unreadable", "Managed devices could not be read ({status}).",
        "Administrerede enheder kunne ikke læses ({status}).");
    public static readonly TextCode NoneListed = new("devices.none",
        "Intune lists no managed devices: either devices are not enrolled or Intune is not in use; the inventory cannot be judged.",
        "Intune viser ingen administrerede enheder: enten er enhederne ikke tilmeldt, eller Intune bruges ikke; inventaret kan ikke vurderes.");
    public static readonly TextCode InventorySummary = new("devices.inventory.summary",
        "{current} of {devices} managed devices ({percent:0.#} %) synced within {days} days and compliant ({platforms}).",
        "{current} af {devices} administrerede enheder ({percent:0.#} %) har synkroniseret inden for {days} dage og overholder politikkerne ({platforms}).");
    public static readonly TextCode Stale = new("devices.stale",
        "{count} device(s) have not synced for {days} days; retire or re-enrol them{sample}.",
        "{count} enhed(er) har ikke synkroniseret i {days} dage; udfas dem eller tilmeld dem igen{sample}.");
    public static readonly TextCode NonCompliant = new("devices.noncompliant",
        "{count} device(s) are not compliant with their policies{sample}.",
        "{count} enhed(er) overholder ikke deres politikker{sample}.");

    public static readonly TextCode OsNoneReadable = new("devices.os.none",
        "No device reports a readable OS version on a platform with a minimum version.",
        "Ingen enhed rapporterer en læsbar OS-version på en platform med en minimumsversion.");
    public static readonly TextCode OsSummary = new("devices.os.summary",
        "{current} of {judged} devices ({percent:0.#} %) run a supported OS version (minimums: {minimums}).",
        "{current} af {judged} enheder ({percent:0.#} %) kører en understøttet OS-version (minimum: {minimums}).");
    public static readonly TextCode OsOutdated = new("devices.os.outdated",
        "{count} device(s) run an OS below the minimum; update or replace them{sample}.",
        "{count} enhed(er) kører et OS under minimumsversionen; opdater eller udskift dem{sample}.");
    public static readonly TextCode OsUnreadable = new("devices.os.unreadable",
        "{count} device(s) report no readable OS version and were left out.",
        "{count} enhed(er) rapporterer ingen læsbar OS-version og er udeladt.");

    public static readonly TextCode EncryptionNoDevices = new("devices.encryption.none",
        "Intune lists no managed devices; encryption cannot be judged.",
        "Intune viser ingen administrerede enheder; kryptering kan ikke vurderes.");
    public static readonly TextCode EncryptionNoneReported = new("devices.encryption.unreported.all",
        "No device reports its encryption state.", "Ingen enhed rapporterer sin krypteringstilstand.");
    public static readonly TextCode EncryptionSummary = new("devices.encryption.summary",
        "{encrypted} of {reported} devices ({percent:0.#} %) are encrypted (Met at {met:0.#} %).",
        "{encrypted} af {reported} enheder ({percent:0.#} %) er krypteret (opfyldt ved {met:0.#} %).");
    public static readonly TextCode Unencrypted = new("devices.encryption.unencrypted",
        "{count} device(s) are not encrypted{sample}.", "{count} enhed(er) er ikke krypteret{sample}.");
    public static readonly TextCode EncryptionUnreported = new("devices.encryption.unreported",
        "{count} device(s) do not report encryption and were left out.",
        "{count} enhed(er) rapporterer ikke kryptering og er udeladt.");
    public static readonly TextCode PoliciesUnreadable = new("devices.policies.unreadable",
        "Compliance policies could not be read ({status}); whether encryption is required is unknown.",
        "Overholdelsespolitikkerne kunne ikke læses ({status}); det er ukendt, om kryptering kræves.");
    public static readonly TextCode EncryptionRequired = new("devices.encryption.required",
        "A compliance policy requires encryption on every platform in use.",
        "En overholdelsespolitik kræver kryptering på hver platform i brug.");
    public static readonly TextCode EncryptionNotRequired = new("devices.encryption.notrequired",
        "No compliance policy requires encryption for {platforms}; encryption there is not enforced.",
        "Ingen overholdelsespolitik kræver kryptering for {platforms}; kryptering håndhæves ikke dér.");

    // The named devices of the findings above: the device and its user as Intune has them, the words around them in the
    // reader's language. Compliance states are Intune's values; the usual ones have Danish words.
    public static readonly TextCode SubjectLastSync = new("devices.subject.lastsync", "{name}, last sync {date}", "{name}, sidst synkroniseret {date}");
    public static readonly TextCode SubjectNeverSynced = new("devices.subject.neversynced", "{name}, never synced", "{name}, aldrig synkroniseret");
    public static readonly TextCode SubjectCompliance = new("devices.subject.compliance", "{name}: {state}", "{name}: {state}");
    public static readonly TextCode StateUnknown = new("devices.state.unknown", "unknown", "ukendt");
    public static readonly TextCode StateNoncompliant = new("devices.state.noncompliant", "noncompliant", "overholder ikke");
    public static readonly TextCode StateConflict = new("devices.state.conflict", "conflict", "konflikt");
    public static readonly TextCode StateError = new("devices.state.error", "error", "fejl");
    public static readonly TextCode SubjectPlatform = new("devices.subject.platform", "{platform}: {count} device(s)", "{platform}: {count} enhed(er)");
}
