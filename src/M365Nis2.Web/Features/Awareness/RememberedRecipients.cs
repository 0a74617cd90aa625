using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace M365Nis2.Web.Features.Awareness;

/// <summary>
/// The recipient rows this instance last read or wrote, with their ETags, so answering a quiz can go straight to its
/// conditional write instead of reading the row first (a burst of answers after a campaign would otherwise queue one
/// read each on storage). Safe with many instances on one storage: a remembered row is only ever the basis of an
/// ETag-checked write, which storage refuses if anyone changed the row since; the answer then reads it fresh. Copies go
/// in and out, so a caller changing its row never changes what is remembered.
/// </summary>
public sealed class RememberedRecipients : IDisposable
{
    private static readonly TimeSpan KeepFor = TimeSpan.FromHours(12);
    private readonly MemoryCache? rows;

    public RememberedRecipients(IOptions<AwarenessOptions> options)
    {
        var limit = options.Value.RememberedRecipientRows;
        rows = limit > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = limit }) : null;
    }

    public void Remember(RecipientRow row) =>
        rows?.Set((row.PartitionKey, row.RowKey), row.Copy(), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = KeepFor });

    public RecipientRow? Recall(string campaignId, string objectId) =>
        rows is not null && rows.TryGetValue((campaignId, objectId), out RecipientRow? row) ? row!.Copy() : null;

    public void Forget(string campaignId, string objectId) => rows?.Remove((campaignId, objectId));

    public void Dispose() => rows?.Dispose();
}
