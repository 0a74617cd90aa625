using System.Collections.Concurrent;

namespace M365Nis2.Web.Infrastructure.Storage;

/// <summary>
/// What this instance wrote lately, per key, so a blind upsert of the same content is skipped for a while. Only for
/// rows that are refreshes (last write wins, the content is re-derivable): another instance or a restart just writes again.
/// </summary>
public sealed class RecentWrites(TimeSpan rewriteAfter)
{
    private readonly ConcurrentDictionary<string, (string Fingerprint, long At)> written = new(StringComparer.Ordinal);

    public bool ShouldWrite(string key, string fingerprint) =>
        !(written.TryGetValue(key, out var last) && last.Fingerprint == fingerprint
          && TimeSpan.FromMilliseconds(Environment.TickCount64 - last.At) < rewriteAfter);

    public void Written(string key, string fingerprint) => written[key] = (fingerprint, Environment.TickCount64);
}
