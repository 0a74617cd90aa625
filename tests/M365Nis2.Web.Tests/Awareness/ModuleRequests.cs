namespace M365Nis2.Web.Tests.Awareness;

/// <summary>Module bodies as the tab's editor sends them: a complete one in both languages, and variations.</summary>
internal static class ModuleRequests
{
    /// <summary>Two questions; the first has option <paramref name="correct"/> right, the second option 1.</summary>
    public static object Complete(string title = "USB sticks", int correct = 1, string danishTitle = "USB-nøgler") => new
    {
        passPercent = 100,
        en = new { title, intro = "Found a USB stick?", body = "Do not plug it in.\n\nHand it to IT." },
        da = new { title = danishTitle, intro = "Fundet en USB-nøgle?", body = "Sæt den ikke i.\n\nAflevér den til IT." },
        questions = new object[]
        {
            new
            {
                en = "You find a USB stick in the car park. What do you do?", da = "Du finder en USB-nøgle på parkeringspladsen. Hvad gør du?",
                options = new[]
                {
                    new { en = "Plug it in", da = "Sætter den i", correct = correct == 0 },
                    new { en = "Hand it to IT", da = "Afleverer den til IT", correct = correct == 1 },
                },
            },
            new
            {
                en = "Is a gift USB stick from a fair safe?", da = "Er en USB-nøgle fra en messe sikker?",
                options = new[] { new { en = "Yes", da = "Ja", correct = false }, new { en = "Not without a check by IT", da = "Ikke uden et tjek fra IT", correct = true } },
            },
        },
    };

    /// <summary>English only: a draft that saves but cannot be published.</summary>
    public static object EnglishOnly() => new
    {
        en = new { title = "Tailgating", intro = "Someone follows you in.", body = "Ask who they are." },
        questions = new[] { new { en = "Hold the door?", options = new[] { new { en = "No", correct = true }, new { en = "Yes", correct = false } } } },
    };
}
