namespace M365Nis2.Domain.Training.Modules;

internal static class PhishingModule
{
    public static AwarenessModule English { get; } = new("phishing", "en", "Spotting phishing",
    [
        "Phishing is an e-mail, chat or text message that tries to make you click a link, open an attachment, enter your password or pay money. It is the most common way attackers get in.",
        "Warning signs: urgency or threats (\"your account closes today\"), a sender address that does not match the name, links whose real address (hover to see it) is not the company's site, unexpected attachments, and requests to change bank details.",
        "When in doubt, do not click. Contact the sender through a channel you already know — call them or type the address yourself — never via the details in the message.",
        "Use the \"Report phishing\" button in Outlook or tell IT. If you already clicked or entered your password, report it at once: minutes matter, and nobody will blame you for reporting.",
    ],
    [
        new("urgent_invoice", "A supplier e-mails that their bank account has changed and the invoice must be paid today. What do you do?",
            ["Pay it, the supplier is known", "Call the supplier on the number you already have and check", "Reply to the e-mail and ask if it is real"], 1),
        new("hover_link", "How can you check where a link really leads before clicking?",
            ["Hover over it and read the real address", "Trust the text of the link", "Check that the e-mail has a logo"], 0),
        new("clicked", "You entered your password on a page that turned out to be fake. What now?",
            ["Wait and see if anything happens", "Report it to IT immediately and change your password", "Delete the e-mail so nobody knows"], 1),
        new("sign", "Which of these is a typical sign of phishing?",
            ["A message you expected from a colleague", "Pressure to act right away", "An e-mail sent within office hours"], 1),
    ], AwarenessModules.DefaultPassMark);

    public static AwarenessModule Danish { get; } = new("phishing", "da", "Genkend phishing",
    [
        "Phishing er en e-mail, chatbesked eller sms, der forsøger at få dig til at klikke på et link, åbne en vedhæftet fil, indtaste din adgangskode eller betale penge. Det er den mest almindelige måde, angribere kommer ind på.",
        "Advarselstegn: hastværk eller trusler (\"din konto lukkes i dag\"), en afsenderadresse der ikke passer til navnet, links hvis rigtige adresse (hold musen over) ikke er virksomhedens, uventede vedhæftede filer og anmodninger om at ændre bankoplysninger.",
        "Er du i tvivl, så lad være med at klikke. Kontakt afsenderen via en kanal, du allerede kender – ring til dem, eller skriv selv adressen – aldrig via oplysningerne i beskeden.",
        "Brug knappen \"Rapportér phishing\" i Outlook, eller sig det til IT. Har du allerede klikket eller indtastet din adgangskode, så meld det med det samme: minutter tæller, og ingen bebrejder dig for at melde det.",
    ],
    [
        new("urgent_invoice", "En leverandør skriver, at deres bankkonto er ændret, og at fakturaen skal betales i dag. Hvad gør du?",
            ["Betaler den, leverandøren er kendt", "Ringer til leverandøren på det nummer, du allerede har, og tjekker", "Svarer på e-mailen og spørger, om den er ægte"], 1),
        new("hover_link", "Hvordan kan du se, hvor et link reelt fører hen, før du klikker?",
            ["Holde musen over det og læse den rigtige adresse", "Stole på linkets tekst", "Tjekke, at e-mailen har et logo"], 0),
        new("clicked", "Du har indtastet din adgangskode på en side, der viste sig at være falsk. Hvad nu?",
            ["Vente og se, om der sker noget", "Melde det til IT med det samme og skifte adgangskode", "Slette e-mailen, så ingen opdager det"], 1),
        new("sign", "Hvilket af disse er et typisk tegn på phishing?",
            ["En besked, du ventede fra en kollega", "Pres for at handle med det samme", "En e-mail sendt i arbejdstiden"], 1),
    ], AwarenessModules.DefaultPassMark);
}
