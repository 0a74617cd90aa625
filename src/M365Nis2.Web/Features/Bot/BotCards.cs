using M365Nis2.Teams.Cards;
using M365Nis2.Web.Resources;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Features.Bot;

/// <summary>The bot's own cards: welcome (on install) and help. Text comes from BotText in the current UI culture.</summary>
public sealed class BotCards(IStringLocalizer<BotText> text)
{
    public const string ShowHelpVerb = "help.show";

    public AdaptiveCard Welcome(string? userName) => new()
    {
        FallbackText = text["Welcome_Title"],
        Body =
        [
            new TextBlock { Text = text["Welcome_Title"], Size = TextSize.Large, Weight = TextWeight.Bolder },
            new TextBlock { Text = string.IsNullOrWhiteSpace(userName) ? text["Welcome_Body"] : $"{userName}: {text["Welcome_Body"]}" },
            new TextBlock { Text = text["Welcome_HelpHint"], IsSubtle = true, Spacing = Spacing.Medium },
        ],
        Actions =
        [
            new ExecuteAction { Title = text["Welcome_ShowCommands"], Verb = ShowHelpVerb, Fallback = "Action.Submit", Data = new { action = ShowHelpVerb } },
        ],
    };

    /// <param name="commands">Command word and its one-line description, in display order.</param>
    /// <param name="notice">Shown above the list, e.g. "I don't know the command …".</param>
    public AdaptiveCard Help(IEnumerable<(string Command, string Description)> commands, string? notice = null)
    {
        var body = new List<CardElement>();
        if (notice is not null)
        {
            body.Add(new TextBlock { Text = notice, Color = TextColor.Attention });
        }
        body.Add(new TextBlock { Text = text["Help_Title"], Size = TextSize.Large, Weight = TextWeight.Bolder });
        body.Add(new TextBlock { Text = text["Help_Intro"], IsSubtle = true });
        body.Add(new FactSet { Facts = [.. commands.Select(c => new Fact(c.Command, c.Description))] });
        return new AdaptiveCard { FallbackText = text["Help_Title"], Body = body };
    }
}
