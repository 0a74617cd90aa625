namespace M365Nis2.Domain.Tasks;

/// <summary>
/// The NIS2 annual wheel seeded for a new organisation, after the vendor guide's "årshjul" and the Danish guidance. Dates
/// are a sensible default spread over the year (the CISO moves them): registration check after New Year, risk assessment
/// before the policy review that rests on it, supplier reviews before summer, the continuity exercise after it, the
/// awareness campaign in October (European Cybersecurity Month), board training before the year-end board meeting.
/// </summary>
public static class AnnualWheel
{
    public static IReadOnlyList<WheelActivity> Nis2Default { get; } =
    [
        new("registration-check", "Check the NIS2 registration", "Kontrollér NIS2-registreringen",
            "Check the registration on Virk.dk (contacts, IP ranges, sectors, countries); changes are due within 14 days.",
            "Kontrollér registreringen på Virk.dk (kontakter, IP-adresser, sektorer, lande); ændringer skal meldes inden 14 dage.",
            Recurrence.Yearly(1, 31), WheelOwnerRole.Ciso, [], 30),
        new("risk-assessment", "Yearly risk assessment", "Årlig risikovurdering",
            "Reassess the risks to critical systems and update the risk treatment plan; the board approves the result.",
            "Gentag risikovurderingen af kritiske systemer og opdatér risikohåndteringsplanen; bestyrelsen godkender resultatet.",
            Recurrence.Yearly(3, 31), WheelOwnerRole.Ciso, ["art21.2.a", "art20.1"], 45),
        new("policy-review", "Review the security policies", "Gennemgå sikkerhedspolitikkerne",
            "Review the information security policy and the policies under it; changed versions go to the board for approval.",
            "Gennemgå informationssikkerhedspolitikken og de underliggende politikker; ændrede versioner godkendes af bestyrelsen.",
            Recurrence.Yearly(4, 30), WheelOwnerRole.Ciso, ["art21.2.a", "art20.1"], 30),
        new("access-review", "Access review", "Gennemgang af adgange",
            "Review privileged and business-critical access against the access register; remove what is no longer needed.",
            "Gennemgå privilegerede og forretningskritiske adgange mod adgangsregistret; fjern det, der ikke længere er brug for.",
            Recurrence.Quarterly(3, 31), WheelOwnerRole.ItOperations, ["art21.2.i", "art21.2.j"], 14),
        new("restore-test", "Restore test of backups", "Gendannelsestest af backup",
            "Restore a critical system from backup and record the time taken and any problems.",
            "Gendan et kritisk system fra backup, og notér tidsforbrug og eventuelle problemer.",
            Recurrence.Quarterly(2, 28), WheelOwnerRole.ItOperations, ["art21.2.c", "art21.2.f"], 14),
        new("supplier-review", "Review critical suppliers", "Gennemgå kritiske leverandører",
            "Review the security of critical suppliers (agreements, certifications, incidents) and the supplier register.",
            "Gennemgå kritiske leverandørers sikkerhed (aftaler, certificeringer, hændelser) og leverandørregistret.",
            Recurrence.Yearly(6, 15), WheelOwnerRole.Procurement, ["art21.2.d"], 30),
        new("continuity-exercise", "Continuity exercise", "Beredskabsøvelse",
            "Hold a tabletop exercise of the contingency plan for a cyberattack; lessons learned become tasks.",
            "Hold en skrivebordsøvelse af beredskabsplanen for et cyberangreb; erfaringerne bliver til opgaver.",
            Recurrence.Yearly(9, 30), WheelOwnerRole.Ciso, ["art21.2.c", "art21.2.f", "art21.2.b"], 45),
        new("awareness-campaign", "Awareness campaign", "Awareness-kampagne",
            "Launch the yearly awareness campaign for all staff (phishing, MFA, reporting incidents).",
            "Start den årlige awareness-kampagne for alle medarbejdere (phishing, MFA, indrapportering af hændelser).",
            Recurrence.Yearly(10, 31), WheelOwnerRole.HumanResources, ["art21.2.g"], 30),
        new("board-training", "Board cybersecurity training", "Bestyrelsens cybersikkerhedsuddannelse",
            "Every board member completes this year's cybersecurity training (Art. 20(2)); record attendance.",
            "Alle bestyrelsesmedlemmer gennemfører årets cybersikkerhedsuddannelse (art. 20, stk. 2); registrér deltagelse.",
            Recurrence.Yearly(11, 30), WheelOwnerRole.BoardChair, ["art20.2"], 60),
    ];
}
