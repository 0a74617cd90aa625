using System.Collections.Concurrent;

namespace M365Nis2.Teams.Conversations;

/// <summary>
/// Every inbound activity carries the conversation's current serviceUrl, so the router refreshes the stored reference.
/// Writing it on every click costs several Table writes per activity and made 50 concurrent card clicks queue on storage;
/// this remembers what this instance last wrote and skips a refresh that would write the same thing again soon.
/// A restart, another instance, or an opt-out mark (which forgets the entry) simply writes again.
/// </summary>
public sealed class ReferenceRefreshFilter(TimeProvider time)
{
    private static readonly TimeSpan RewriteAfter = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, (string Fingerprint, DateTimeOffset WrittenAt)> written = new(StringComparer.Ordinal);

    public bool ShouldWrite(ConversationReference reference)
    {
        var key = reference.ConversationId + "|" + reference.UserId;
        var now = time.GetUtcNow();
        return !(written.TryGetValue(key, out var last) && last.Fingerprint == Fingerprint(reference) && now - last.WrittenAt < RewriteAfter);
    }

    public void Written(ConversationReference reference) =>
        written[reference.ConversationId + "|" + reference.UserId] = (Fingerprint(reference), time.GetUtcNow());

    /// <summary>What a proactive send needs; the display name (absent on install events) and the time do not count.</summary>
    private static string Fingerprint(ConversationReference reference) =>
        (reference with { UpdatedAt = default, UserName = null }).ToString();

    public void Forget(string conversationId)
    {
        foreach (var key in written.Keys.Where(k => k.StartsWith(conversationId + "|", StringComparison.Ordinal)))
        {
            written.TryRemove(key, out _);
        }
    }
}
