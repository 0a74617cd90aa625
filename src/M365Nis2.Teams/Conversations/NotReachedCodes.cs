namespace M365Nis2.Teams.Conversations;

/// <summary>
/// The codes of the two "not reached" reasons <see cref="ProactiveMessenger"/> says itself. The library knows no text
/// catalogue, so it carries the code and the English; the host's catalogue (Domain ReachTexts) has the same code with
/// the English and the Danish, and a host test keeps the English here equal to it.
/// </summary>
public static class NotReachedCodes
{
    public const string RemovedByUser = "reach.removed";
    public const string RemovedByUserText = "not reached: the person removed the app from Teams, so it is not installed again for them";

    public const string NoConversation = "reach.noconversation";

    /// <summary>The English with the user's Entra object id (the catalogue's {user}).</summary>
    public static string NoConversationText(string user) => $"no conversation with user {user}, and none could be created";
}
