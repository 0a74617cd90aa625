using M365Nis2.Domain.Training.Authoring;
using M365Nis2.Domain.Training.Modules;
using M365Nis2.Teams.Routing;
using M365Nis2.Teams.Cards;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>Every built-in awareness module and a CISO-authored one (with Markdown-like text) as prompt, reminder and result card, in English and Danish.</summary>
public sealed class AwarenessCardSamples(AwarenessCards cards) : ICardSamples
{
    private static readonly ModuleContent Authored = new(
        new ModuleText("USB sticks [found]", "Found a *USB* stick?", "Do not plug it in.\n\nHand it to IT."),
        new ModuleText("USB-nøgler [fundet]", "Fundet en *USB*-nøgle?", "Sæt den ikke i.\n\nAflevér den til IT."),
        [new AuthoredQuestion("What do you do?", "Hvad gør du?",
            [new("Plug it in", "Sætter den i", false), new("Hand it to IT", "Afleverer den til IT", true), new("Give it to reception", "Giver den til receptionen", true)])],
        ModuleContent.DefaultPassPercent);

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        foreach (var module in AwarenessModules.All.Concat(ModuleContent.Languages.Select(l => Authored.ToModule("usb-sticks-3fa9", 2, l))))
        {
            using (BotCulture.Use(CampaignService.CultureOf(module.Language)))
            {
                var answers = module.Questions.Select((q, i) => (q.Id, i % 2 == 0 ? q.CorrectOption : (q.CorrectOption + 1) % q.Options.Count))
                    .ToDictionary(a => a.Id, a => a.Item2);
                yield return ($"awareness-prompt.{module.Id}.{module.Language}", cards.Prompt("3f2a", module));
                yield return ($"awareness-reminder.{module.Id}.{module.Language}", cards.Prompt("3f2a", module, reminder: true));
                yield return ($"awareness-result.{module.Id}.{module.Language}", cards.Result(module, module.Score(answers).Result!));
            }
        }
    }
}
