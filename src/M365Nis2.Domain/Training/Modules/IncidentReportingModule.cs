namespace M365Nis2.Domain.Training.Modules;

internal static class IncidentReportingModule
{
    public static AwarenessModule English { get; } = new("incident_reporting", "en", "Reporting security incidents",
    [
        "A security incident is anything that may threaten our data or systems: a suspicious e-mail you clicked, a lost laptop or phone, a strange pop-up, files that suddenly cannot be opened, or data sent to the wrong person.",
        "Report at once to IT or the security lead, even if you are unsure. Under NIS2 we may have to warn the authorities within 24 hours of becoming aware of a significant incident, so the clock starts when someone notices.",
        "Say what you saw, when, and what you did. Do not try to investigate yourself, do not delete anything, and do not switch the device off unless IT asks you to — but do disconnect it from the network if ransomware is suspected.",
        "Reporting is never a mistake. We would rather have ten false alarms than one incident nobody told us about.",
    ],
    [
        new("lost_laptop", "You lose your work laptop on the train. When do you report it?",
            ["Right away", "After searching for it for a week", "Only if it contained secret files"], 0),
        new("why_fast", "Why does it matter to report quickly?",
            ["It does not, IT will notice anyway", "We may have to warn the authorities within 24 hours of becoming aware", "So the report can be short"], 1),
        new("what_to_do", "Your files suddenly cannot be opened and a ransom note appears. What do you do?",
            ["Pay the ransom", "Disconnect from the network and call IT", "Restart the computer several times"], 1),
        new("unsure", "You are not sure whether something is an incident. What do you do?",
            ["Report it; a false alarm is fine", "Wait until you are sure", "Ask a colleague to keep it quiet"], 0),
    ], AwarenessModules.DefaultPassMark);

    public static AwarenessModule Danish { get; } = new("incident_reporting", "da", "Meld sikkerhedshændelser",
    [
        "En sikkerhedshændelse er alt, der kan true vores data eller systemer: en mistænkelig e-mail, du har klikket på, en mistet bærbar eller telefon, en underlig pop-up, filer der pludselig ikke kan åbnes, eller data sendt til den forkerte.",
        "Meld det straks til IT eller sikkerhedsansvarlig, også selvom du er i tvivl. Efter NIS2 kan vi være forpligtet til at varsle myndighederne inden for 24 timer efter, at vi er blevet opmærksomme på en væsentlig hændelse – så uret starter, når nogen opdager noget.",
        "Fortæl, hvad du så, hvornår, og hvad du gjorde. Lad være med selv at undersøge sagen, slet ikke noget, og sluk ikke enheden, medmindre IT beder dig om det – men tag den af netværket, hvis du mistænker ransomware.",
        "Det er aldrig en fejl at melde noget. Vi vil hellere have ti falske alarmer end én hændelse, som ingen fortalte os om.",
    ],
    [
        new("lost_laptop", "Du mister din arbejdscomputer i toget. Hvornår melder du det?",
            ["Med det samme", "Efter at have ledt efter den i en uge", "Kun hvis der lå hemmelige filer på den"], 0),
        new("why_fast", "Hvorfor er det vigtigt at melde hurtigt?",
            ["Det er det ikke, IT opdager det alligevel", "Vi kan være forpligtet til at varsle myndighederne inden for 24 timer", "Så meldingen kan være kort"], 1),
        new("what_to_do", "Dine filer kan pludselig ikke åbnes, og der kommer et krav om løsesum. Hvad gør du?",
            ["Betaler løsesummen", "Tager computeren af netværket og ringer til IT", "Genstarter computeren flere gange"], 1),
        new("unsure", "Du er ikke sikker på, om noget er en hændelse. Hvad gør du?",
            ["Melder det; en falsk alarm er helt i orden", "Venter, til du er sikker", "Beder en kollega om at tie stille"], 0),
    ], AwarenessModules.DefaultPassMark);
}
