using M365Nis2.Domain.Training.Authoring;

namespace M365Nis2.Domain.Tests.Training.Authoring;

/// <summary>A complete module in both languages, and ways to break it.</summary>
internal static class ModuleSamples
{
    public static ModuleContent Valid() => new(
        new ModuleText("USB sticks", "Found a USB stick?", "Do not plug it in.\n\nHand it to IT.\nThey check it safely."),
        new ModuleText("USB-nøgler", "Fundet en USB-nøgle?", "Sæt den ikke i.\n\nAflevér den til IT."),
        [
            new AuthoredQuestion("You find a USB stick in the car park. What do you do?", "Du finder en USB-nøgle på parkeringspladsen. Hvad gør du?",
            [
                new AuthoredOption("Plug it in to find the owner", "Sætter den i for at finde ejeren", false),
                new AuthoredOption("Hand it to IT", "Afleverer den til IT", true),
                new AuthoredOption("Give it to the reception, unopened", "Giver den uåbnet til receptionen", true),
            ]),
            new AuthoredQuestion("Is a gift USB stick from a fair safe?", "Er en USB-nøgle fra en messe sikker?",
            [
                new AuthoredOption("Yes", "Ja", false),
                new AuthoredOption("Not without a check by IT", "Ikke uden et tjek fra IT", true),
            ]),
        ], ModuleContent.DefaultPassPercent);

    public static ModuleContent Empty() => new(new ModuleText("", "", ""), new ModuleText("", "", ""), [], ModuleContent.DefaultPassPercent);
}
