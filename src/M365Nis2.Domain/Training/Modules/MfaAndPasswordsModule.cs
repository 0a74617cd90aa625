namespace M365Nis2.Domain.Training.Modules;

internal static class MfaAndPasswordsModule
{
    public static AwarenessModule English { get; } = new("mfa_passwords", "en", "MFA and passwords",
    [
        "Multi-factor authentication (MFA) means that a stolen password alone is not enough to sign in: you also approve on your phone or use a security key. It stops the vast majority of account takeovers.",
        "Only approve a sign-in request that you started yourself a moment ago. An unexpected prompt means someone else has your password: deny it, and tell IT.",
        "Use a long passphrase — several random words — and a different one for every service. A password manager remembers them for you. Never reuse your work password anywhere else.",
        "Nobody from IT will ever ask for your password or an MFA code. Anyone who does is an attacker.",
    ],
    [
        new("unexpected_prompt", "Your phone asks you to approve a sign-in you did not start. What do you do?",
            ["Approve it to make it go away", "Deny it and tell IT, as someone has your password", "Ignore it"], 1),
        new("good_password", "Which is the strongest password?",
            ["Summer2025!", "A long passphrase of several random words", "Your name and birth year"], 1),
        new("reuse", "May you use your work password for a private web shop?",
            ["Yes, if it is a strong password", "No, use a different password for every service", "Yes, if the shop is Danish"], 1),
        new("it_asks", "Someone from \"IT support\" calls and asks for your MFA code to fix a problem. What do you do?",
            ["Give it, they are from IT", "Refuse and report the call", "Give only the first half"], 1),
    ], AwarenessModules.DefaultPassMark);

    public static AwarenessModule Danish { get; } = new("mfa_passwords", "da", "MFA og adgangskoder",
    [
        "Multifaktorgodkendelse (MFA) betyder, at en stjålet adgangskode ikke er nok til at logge ind: du godkender også på din telefon eller bruger en sikkerhedsnøgle. Det stopper langt de fleste kontoovertagelser.",
        "Godkend kun en loginanmodning, som du selv har startet for et øjeblik siden. En uventet anmodning betyder, at en anden har din adgangskode: afvis den, og sig det til IT.",
        "Brug en lang adgangssætning – flere tilfældige ord – og en ny til hver tjeneste. En adgangskodeadministrator husker dem for dig. Brug aldrig din arbejdsadgangskode andre steder.",
        "Ingen fra IT vil nogensinde bede om din adgangskode eller en MFA-kode. Den, der gør det, er en angriber.",
    ],
    [
        new("unexpected_prompt", "Din telefon beder dig godkende et login, du ikke selv har startet. Hvad gør du?",
            ["Godkender det, så det forsvinder", "Afviser det og siger det til IT, for en anden har din adgangskode", "Ignorerer det"], 1),
        new("good_password", "Hvilken adgangskode er stærkest?",
            ["Sommer2025!", "En lang adgangssætning af flere tilfældige ord", "Dit navn og fødselsår"], 1),
        new("reuse", "Må du bruge din arbejdsadgangskode til en privat webshop?",
            ["Ja, hvis det er en stærk adgangskode", "Nej, brug en ny adgangskode til hver tjeneste", "Ja, hvis butikken er dansk"], 1),
        new("it_asks", "En fra \"IT-support\" ringer og beder om din MFA-kode for at løse et problem. Hvad gør du?",
            ["Giver den, de er jo fra IT", "Afviser og melder opkaldet", "Giver kun den første halvdel"], 1),
    ], AwarenessModules.DefaultPassMark);
}
