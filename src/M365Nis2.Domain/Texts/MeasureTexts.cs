namespace M365Nis2.Domain.Texts;

/// <summary>The stated rule by which a measure's automated checks combine (<see cref="Evidence.MeasureOutcome"/>).</summary>
public static class MeasureTexts
{
    public static readonly TextCode NoChecks = new("measure.rule.none", "No automated check speaks to this measure.",
        "Ingen automatisk kontrol siger noget om dette tiltag.");
    public static readonly TextCode AllUnknown = new("measure.rule.unknown", "Unknown: none of {count} automated check(s) could be judged.",
        "Ukendt: ingen af {count} automatiske kontrol(ler) kunne vurderes.");
    public static readonly TextCode MetButUnknown = new("measure.rule.partial",
        "PartiallyMet: judged checks are met but {checks} could not be judged.",
        "Delvist opfyldt: de vurderede kontroller er opfyldt, men {checks} kunne ikke vurderes.");
    public static readonly TextCode AllMet = new("measure.rule.met", "Met: all {count} automated check(s) are met.",
        "Opfyldt: alle {count} automatiske kontrol(ler) er opfyldt.");
    public static readonly TextCode Weakest = new("measure.rule.weakest", "{outcome}: the weakest automated check is {check}.",
        "{outcome}: den svageste automatiske kontrol er {check}.");

    // How a measure's automated outcome and the CISO's uploads combine (EvidenceCombination).
    public static readonly TextCode UploadOnly = new("measure.combined.upload", "Uploaded evidence only (not verified in the tenant).",
        "Kun uploadet dokumentation (ikke kontrolleret i lejeren).");
    public static readonly TextCode UploadOnlyExpired = new("measure.combined.upload.expired", "Uploaded evidence only, and it has expired.",
        "Kun uploadet dokumentation, og den er udløbet.");
    public static readonly TextCode NothingAtAll = new("measure.combined.none", "No automated check and no uploaded evidence.",
        "Ingen automatisk kontrol og ingen uploadet dokumentation.");
    public static readonly TextCode AutomatedNotMet = new("measure.combined.notmet", "Automated checks are not met; uploaded documents cannot overrule the tenant.",
        "De automatiske kontroller er ikke opfyldt; uploadede dokumenter kan ikke tilsidesætte det, lejeren viser.");
    public static readonly TextCode DocumentedButUnknown = new("measure.combined.unknown.documented",
        "Documented by upload, but the automated checks could not be judged.",
        "Dokumenteret ved upload, men de automatiske kontroller kunne ikke vurderes.");
    public static readonly TextCode AutomatedUnknown = new("measure.combined.unknown",
        "Automated checks could not be judged and no current upload documents the measure.",
        "De automatiske kontroller kunne ikke vurderes, og ingen gældende upload dokumenterer tiltaget.");
    public static readonly TextCode AutomatedPartial = new("measure.combined.partial", "Automated checks are partially met.",
        "De automatiske kontroller er delvist opfyldt.");
    public static readonly TextCode MetAndDocumented = new("measure.combined.met.documented",
        "Automated checks are met and a current upload documents the policy or procedure.",
        "De automatiske kontroller er opfyldt, og en gældende upload dokumenterer politikken eller proceduren.");
    public static readonly TextCode MetNoDocumentNeeded = new("measure.combined.met", "Automated checks are met; this measure needs no separate document.",
        "De automatiske kontroller er opfyldt; dette tiltag kræver ikke et særskilt dokument.");
    public static readonly TextCode MetDocumentExpired = new("measure.combined.met.expired",
        "Automated checks are met, but the uploaded policy or procedure has expired.",
        "De automatiske kontroller er opfyldt, men den uploadede politik eller procedure er udløbet.");
    public static readonly TextCode MetDocumentMissing = new("measure.combined.met.missing",
        "Automated checks are met, but the policy or procedure this measure asks for has not been uploaded.",
        "De automatiske kontroller er opfyldt, men den politik eller procedure, tiltaget kræver, er ikke uploadet.");
}
