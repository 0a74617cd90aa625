using M365Nis2.Domain.Training.Modules;
using M365Nis2.Teams.Routing;
using M365Nis2.Teams.Cards;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>Every awareness module as prompt, reminder and result card, in English and Danish.</summary>
public sealed class AwarenessCardSamples(AwarenessCards cards) : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        foreach (var module in AwarenessModules.All)
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
