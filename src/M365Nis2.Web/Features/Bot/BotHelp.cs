using M365Nis2.Teams.Cards;
using M365Nis2.Teams.Routing;
using M365Nis2.Web.Resources;
using Microsoft.Extensions.Localization;

namespace M365Nis2.Web.Features.Bot;

/// <summary>The built-in help: lists every registered command with its (localised) description.</summary>
public sealed class BotHelp(IEnumerable<BotCommandRegistration> commands, BotCards cards, IStringLocalizer<BotText> text) : IBotHelp
{
    private static readonly string[] HelpWords = ["help", "hjælp", "hjaelp", "?"];

    public IReadOnlyList<BotCommandRegistration> Commands { get; } = [.. commands];

    public static bool IsHelpWord(string command) => HelpWords.Contains(command, StringComparer.Ordinal);

    bool IBotHelp.IsHelpWord(string command) => IsHelpWord(command);

    public bool IsShowHelpVerb(string? verb) => verb == BotCards.ShowHelpVerb;

    public string Text(string key) => text[key];

    public AdaptiveCard Card(IServiceProvider services) => cards.Help(List(services));

    public AdaptiveCard UnknownCommandCard(IServiceProvider services, string typed)
    {
        var notice = text["Help_UnknownCommand", typed].Value;
        if (BotCommandParser.Closest(typed, [.. Commands.Select(c => c.Name), "help"]) is { } suggestion)
        {
            notice += " " + text["Help_DidYouMean", suggestion].Value;
        }
        return cards.Help(List(services), notice);
    }

    public AdaptiveCard WelcomeCard(string? userName) => cards.Welcome(userName);

    private List<(string, string)> List(IServiceProvider services) =>
    [
        ("help", text["Help_HelpDescription"]),
        .. Commands.Select(c => (c.Name, ((IBotCommand)services.GetRequiredService(c.HandlerType)).Description)),
    ];
}
