using M365Nis2.Domain.Texts;
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
                MfaFindingView.Of("High", MfaTexts.AdminsUnregistered.With(1, 4, CommonTexts.None.With()), ["Nikolaj Friis (nikolaj.friis@nordlysenergi.onmicrosoft.com)"]),
                MfaFindingView.Of("Medium", MfaTexts.MembersUnregistered.With(8, CommonTexts.None.With()),
                    ["Printer Aarhus (printer.aarhus@nordlysenergi.onmicrosoft.com)", "Printer Odense (printer.odense@nordlysenergi.onmicrosoft.com)", "Frederik Hansen (frederik.hansen003@nordlysenergi.onmicrosoft.com)", "Amalie Larsen (amalie.larsen011@nordlysenergi.onmicrosoft.com)"]),
            ]),
            new("mfa.enforcement", "PartiallyMet",
                [MfaFindingView.Of("Medium", PolicyTexts.ExcludesGroups.With("'CA001: Require MFA for all users'"), ["CA-Exclusion-Legacy-Printers (4f2c…)"])]),
            new("mfa.admin-protection", "Met", [MfaFindingView.Of("Info", MfaTexts.AdminsCovered.With(), ["'CA002: Require phishing-resistant MFA for admins'"])]),
            new("mfa.legacy-authentication", "NotMet",
                [MfaFindingView.Of("Medium", PolicyTexts.NotEnforced.With(PolicyTexts.KindLegacyBlock.With(), PolicyTexts.ReportOnly.With()),
                    ["'CA003: Block legacy authentication' (9a1e…)"])]),
        ],
        [], []);
}
