using M365Nis2.Teams.Cards;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Resources;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Features.Bot;

/// <summary>Welcome and help cards with realistic data, in English and Danish, for the card validation test.</summary>
public sealed class BotCardSamples(BotCards cards, IStringLocalizer<BotText> text) : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        foreach (var culture in new[] { BotCulture.English, BotCulture.Danish })
        {
            using (BotCulture.Use(culture))
            {
                var lang = culture.TwoLetterISOLanguageName;
                yield return ($"welcome.{lang}", cards.Welcome("Mette Holm"));
                var help = ("help", text["Help_HelpDescription"].Value);
                var training = ("training", lang == "da" ? "Din træningsstatus" : "Your training status");
                yield return ($"help.{lang}", cards.Help([help, training]));
                yield return ($"help-unknown.{lang}", cards.Help([help], $"{text["Help_UnknownCommand", "trainig"]} {text["Help_DidYouMean", "training"]}"));
            }
        }
    }
}
