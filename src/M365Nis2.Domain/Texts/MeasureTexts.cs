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
}
