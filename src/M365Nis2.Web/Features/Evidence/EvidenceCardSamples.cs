using M365Nis2.Teams.Cards;
using M365Nis2.Teams.Routing;

namespace M365Nis2.Web.Features.Evidence;

/// <summary>The evidence card with the demo tenant's findings, with no evidence yet, and while running, in English and Danish.</summary>
public sealed class EvidenceCardSamples(EvidenceCards cards) : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        foreach (var culture in new[] { BotCulture.English, BotCulture.Danish })
        {
            using (BotCulture.Use(culture))
            {
                var lang = culture.TwoLetterISOLanguageName;
                yield return ($"evidence.status.{lang}", cards.Status(Demo));
                yield return ($"evidence.none.{lang}", cards.Status(Demo with { CollectedAt = null, Checks = [], Status = "NoEvidenceYet" }));
                yield return ($"evidence.running.{lang}", cards.Status(Demo, "Collection running…"));
            }
        }
    }

    private static MfaControlView Demo { get; } = new(
        "NotMet", true, new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero), "run", new string('a', 64), 84.31m, 75m,
        ["mfa.registration: NotMet"],
        [
            new("mfa.registration", "NotMet",
            [
                new("High", "1 of 4 admin(s) are not registered for MFA; every admin must be.", ["Nikolaj Friis (nikolaj.friis@nordlysenergi.onmicrosoft.com)"]),
                new("Medium", "8 of 51 enabled member(s) are not registered for MFA.",
                    ["Printer Aarhus (printer.aarhus@nordlysenergi.onmicrosoft.com)", "Printer Odense (printer.odense@nordlysenergi.onmicrosoft.com)", "Frederik Hansen (frederik.hansen003@nordlysenergi.onmicrosoft.com)", "Amalie Larsen (amalie.larsen011@nordlysenergi.onmicrosoft.com)"]),
            ]),
            new("mfa.enforcement", "PartiallyMet",
                [new("Medium", "Policy 'CA001: Require MFA for all users' excludes group(s); their members are not covered.", ["CA-Exclusion-Legacy-Printers (4f2c…)"])]),
            new("mfa.admin-protection", "Met", [new("Info", "Policy 'CA002: Require phishing-resistant MFA for admins' covers every privileged role.", [])]),
            new("mfa.legacy-authentication", "NotMet",
                [new("Medium", "Legacy authentication polic(ies) in report-only state do not count: they enforce nothing.", ["'CA003: Block legacy authentication' (9a1e…)"])]),
        ],
        [], []);
}
