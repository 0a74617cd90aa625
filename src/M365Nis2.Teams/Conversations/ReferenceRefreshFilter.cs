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
    private const string TenantKey = "tenant|"; // conversation ids never start with this
    private static readonly TimeSpan RewriteAfter = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<string, (string Fingerprint, DateTimeOffset WrittenAt)> written = new(StringComparer.Ordinal);

    public bool ShouldWrite(ConversationReference reference) => ShouldWrite(reference.ConversationId + "|" + reference.UserId, Fingerprint(reference));

    public void Written(ConversationReference reference) => Written(reference.ConversationId + "|" + reference.UserId, Fingerprint(reference));

    /// <summary>
    /// The tenant row only says where the tenant's connector is and who the bot is; every user of the tenant carries the
    /// same, so it is rewritten only when that changes or has not been written by this instance for a while.
    /// </summary>
    public bool ShouldWriteTenant(ConversationReference reference) =>
        reference.TenantId is { Length: > 0 } tenant && ShouldWrite(TenantKey + tenant, TenantFingerprint(reference));

    public void TenantWritten(ConversationReference reference)
    {
        if (reference.TenantId is { Length: > 0 } tenant)
        {
            Written(TenantKey + tenant, TenantFingerprint(reference));
        }
    }

    private static string TenantFingerprint(ConversationReference reference) => reference.ServiceUrl + "|" + reference.BotId;

    private bool ShouldWrite(string key, string fingerprint) =>
        !(written.TryGetValue(key, out var last) && last.Fingerprint == fingerprint && time.GetUtcNow() - last.WrittenAt < RewriteAfter);

    private void Written(string key, string fingerprint) => written[key] = (fingerprint, time.GetUtcNow());

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
