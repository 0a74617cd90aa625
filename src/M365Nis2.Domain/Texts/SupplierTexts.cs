namespace M365Nis2.Domain.Texts;

/// <summary>
/// The finding an assessment answer raises (the answer word and the question in the reader's language, the comment as
/// written), and the findings and rule of the supply-chain check for (d). Suppliers and apps are named as registered.
/// </summary>
public static class SupplierTexts
{
    public static readonly TextCode AnsweredNo = new("supplier.finding.no", "No: {question}", "Nej: {question}");
    public static readonly TextCode AnsweredPartly = new("supplier.finding.partly", "Partly: {question}", "Delvist: {question}");
    public static readonly TextCode Commented = new("supplier.finding.comment", "{finding} Comment: {comment}", "{finding} Kommentar: {comment}");

    public static readonly TextCode NeverAssessed = new("supplier.assessment.never", "Never assessed; tier {tier} is assessed every {months} months.",
        "Aldrig vurderet; niveau {tier} vurderes hver {months}. måned.");
    public static readonly TextCode Overdue = new("supplier.assessment.overdue", "Assessment overdue since {due}.", "Vurderingen er forsinket: fristen udløb {due}.");
    public static readonly TextCode DueSoon = new("supplier.assessment.soon", "Assessment due by {due}.", "Vurderingen skal være gennemført senest {due}.");
    public static readonly TextCode Current = new("supplier.assessment.current", "Assessed; next assessment due by {due}.",
        "Vurderet; næste vurdering senest {due}.");

    public static readonly TextCode RegisterEmpty = new("supply.register.empty", "The supplier register is empty.", "Leverandørregistret er tomt.");
    public static readonly TextCode Registered = new("supply.register.count", "{count} active suppliers registered.",
        "{count} aktive leverandører er registreret.");
    public static readonly TextCode NotAssessed = new("supply.assessments.late", "Tier {tier}: {count} not assessed within {months} months.",
        "Niveau {tier}: {count} er ikke vurderet inden for {months} måneder.");
    public static readonly TextCode OpenHigh = new("supply.findings.high", "{count} suppliers have open high findings.",
        "{count} leverandører har åbne fund af høj alvor.");
    public static readonly TextCode OpenMedium = new("supply.findings.medium", "{count} medium findings are open.", "{count} fund af middel alvor er åbne.");
    public static readonly TextCode CertificatesExpired = new("supply.certificates.expired", "{count} certificates have expired.",
        "{count} certifikater er udløbet.");
    public static readonly TextCode AppsUnreadable = new("supply.discovery.unreadable", "Third-party apps in the tenant could not be read ({status}).",
        "Tredjepartsapps i lejeren kunne ikke læses ({status}).");
    public static readonly TextCode AppsPending = new("supply.discovery.pending", "{count} high-privilege third-party apps are not registered as suppliers.",
        "{count} tredjepartsapps med høje rettigheder er ikke registreret som leverandører.");
    public static readonly TextCode AppsDismissed = new("supply.discovery.dismissed", "{count} discovered apps were dismissed with a reason.",
        "{count} fundne apps blev afvist med en begrundelse.");

    // The named suppliers and apps of the findings above: the name as registered, the words around it in the reader's language.
    public static readonly TextCode SubjectNeverAssessed = new("supply.subject.never", "{name} (never assessed)", "{name} (aldrig vurderet)");
    public static readonly TextCode SubjectLastAssessed = new("supply.subject.last", "{name} (last {date})", "{name} (sidst vurderet {date})");
    public static readonly TextCode SubjectOpenHigh = new("supply.subject.high", "{name} ({count} high)", "{name} ({count} af høj alvor)");
    public static readonly TextCode SubjectApp = new("supply.subject.app", "{name} ({level}: {permissions})", "{name} ({level}: {permissions})");
    public static readonly TextCode PrivilegeHigh = new("supply.privilege.high", "High", "Høj");
    public static readonly TextCode PrivilegeCritical = new("supply.privilege.critical", "Critical", "Kritisk");

    public static readonly TextCode OverallNotMet = new("supply.overall.notmet", "Overall NotMet: {checks}.", "Samlet ikke opfyldt: {checks}.");
    public static readonly TextCode OverallUnknown = new("supply.overall.unknown", "Overall Unknown: evidence missing for {checks}; never Met on missing data.",
        "Samlet ukendt: dokumentation mangler for {checks}; aldrig opfyldt på manglende data.");
    public static readonly TextCode OverallMet = new("supply.overall.met",
        "Overall Met: every critical and important supplier is assessed in time, no open high finding, and every high-privilege third-party app is decided.",
        "Samlet opfyldt: alle kritiske og vigtige leverandører er vurderet til tiden, ingen fund af høj alvor er åbne, og alle tredjepartsapps med høje rettigheder er afgjort.");
}
