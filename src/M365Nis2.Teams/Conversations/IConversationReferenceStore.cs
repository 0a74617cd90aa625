namespace M365Nis2.Teams.Conversations;

/// <summary>
/// Conversation references, kept per user (by Entra object id and by channel account id), per Teams channel, per team
/// and per tenant (its latest serviceUrl and bot id, so a 1:1 chat can be created for a user never seen yet).
/// </summary>
public interface IConversationReferenceStore
{
    /// <summary>Upserts every key the reference can be found under; idempotent, last write wins (it is a refresh).</summary>
    Task SaveAsync(ConversationReference reference, CancellationToken ct);

    Task<ConversationReference?> FindPersonalByAadObjectIdAsync(string aadObjectId, CancellationToken ct);

    Task<ConversationReference?> FindPersonalByUserIdAsync(string userId, CancellationToken ct);

    /// <summary>The latest reference for a conversation id (any type), e.g. to update a card sent earlier.</summary>
    Task<ConversationReference?> FindConversationAsync(string conversationId, CancellationToken ct);

    Task<ConversationReference?> FindChannelAsync(string teamsChannelId, CancellationToken ct);

    Task<ConversationReference?> FindTeamAsync(string teamId, CancellationToken ct);

    Task<ConversationReference?> FindTenantAsync(string tenantId, CancellationToken ct);

    /// <summary>True the first time for this conversation (since install): guards the welcome card against the
    /// installationUpdate + conversationUpdate pair and redelivery.</summary>
    Task<bool> TryMarkWelcomedAsync(string conversationId, CancellationToken ct);

    /// <summary>Forgets the welcome so a reinstall is welcomed again.</summary>
    Task ClearWelcomedAsync(string conversationId, CancellationToken ct);

    /// <summary>Sets the status on every stored key of this conversation (removed on uninstall, opted out on 403).</summary>
    Task MarkAsync(ConversationReference reference, ConversationStatus status, CancellationToken ct);
}
