using M365Nis2.Teams.Cards;
using M365Nis2.Teams.Routing;

namespace M365Nis2.Web.Features.Bot;

/// <summary>Welcome and help cards with realistic data, in English and Danish, for the card validation test.</summary>
public sealed class BotCardSamples(BotCards cards) : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        foreach (var culture in new[] { BotCulture.English, BotCulture.Danish })
        {
            using (BotCulture.Use(culture))
            {
                var lang = culture.TwoLetterISOLanguageName;
                yield return ($"welcome.{lang}", cards.Welcome("Mette Holm"));
                yield return ($"help.{lang}", cards.Help([("help", "Show this list of commands"), ("training", "Your training status")]));
                yield return ($"help-unknown.{lang}", cards.Help([("help", "Show this list of commands")], "I don't know the command \"trainig\". Did you mean \"training\"?"));
            }
        }
    }
}
