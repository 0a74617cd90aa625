using M365Nis2.Teams.Cards;

namespace M365Nis2.Teams.Routing;

/// <summary>
/// What the router shows when no handler applies: the help card, the welcome card on install, and the short texts for
/// bad card data. The host implements it (its cards and wording are the product's, not the protocol's).
/// </summary>
public interface IBotHelp
{
    /// <summary>The registered text commands, in registration order.</summary>
    IReadOnlyList<BotCommandRegistration> Commands { get; }

    /// <summary>True for the words that ask for the help card ("help", "hjælp", …).</summary>
    bool IsHelpWord(string command);

    /// <summary>True for the card verb of a "show commands" button (Action.Execute or Action.Submit).</summary>
    bool IsShowHelpVerb(string? verb);

    AdaptiveCard Card(IServiceProvider services);

    AdaptiveCard UnknownCommandCard(IServiceProvider services, string typed);

    AdaptiveCard WelcomeCard(string? userName);

    /// <summary>A localised line by key: <c>Invoke_UnknownVerb</c> and <c>Invoke_BadData</c>.</summary>
    string Text(string key);
}
